package fr.journees.registration;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The calendar file attached to a confirmation: the event's programme (or the whole day when it has
 * none), times in UTC so that no time-zone definition is needed. To be replaced by the participant's
 * own agenda (/r/{token}/agenda.ics) once the calendar feature exists.
 */
final class ProgrammeCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    record Item(LocalTime start, LocalTime end, String title, String description, String location) {
    }

    private ProgrammeCalendar() {
    }

    static byte[] of(String slug, String title, LocalDate date, LocalTime start, LocalTime end, String venue,
                     List<Item> programme) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Journées//Inscriptions//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        var items = programme.isEmpty() ? List.of(new Item(start, end, title, null, venue)) : programme;
        var stamp = Instant.now();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var from = instant(date, item.start());
            var summary = programme.isEmpty() ? item.title() : item.title() + " — " + title;
            var event = item.end() == null ? new VEvent(from, summary)
                    : new VEvent(from, instant(date, item.end()), summary);
            event.add(new Uid(slug + "-" + i + "@journees"));
            event.add(new DtStamp(stamp));
            if (item.description() != null && !item.description().isBlank()) {
                event.add(new Description(item.description()));
            }
            var location = item.location() != null ? item.location() : venue;
            if (location != null && !location.isBlank()) {
                event.add(new Location(location));
            }
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            throw new IllegalStateException("Empty calendar for " + slug);
        }
        return bytes;
    }

    private static Instant instant(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(PARIS).toInstant();
    }
}
