package fr.journees.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a feed as RFC 5545 text: Europe/Paris times with their VTIMEZONE, METHOD:PUBLISH, TEXT
 * values escaped by ical4j, and lines folded at 75 octets by us, between two UTF-8 characters
 * (ical4j folds at 75 chars, which cuts accented or emoji text beyond the limit).
 */
public final class ICalendarExporter {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int MAX_OCTETS = 75;

    /** Built once: a registry reads its zone definitions from the class path on first use. */
    private static final net.fortuna.ical4j.model.TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private ICalendarExporter() {
    }

    public static byte[] export(CalendarFeed feed, Instant stamp) {
        return folded(unfolded(feed, stamp));
    }

    /** The feed's content lines, not folded yet. */
    static String unfolded(CalendarFeed feed, Instant stamp) {
        var timeZone = ZONES.getTimeZone(PARIS.getId());
        if (timeZone == null) {
            throw new IllegalStateException("No definition of the time zone " + PARIS);
        }
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Journées//Journées 1.0//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(timeZone.getVTimeZone());
        for (var entry : feed.entries()) {
            calendar.add(event(entry, stamp));
        }
        return calendar.toString();
    }

    /** Content lines folded, as bytes. */
    static byte[] folded(String unfolded) {
        return fold(unfolded).getBytes(StandardCharsets.UTF_8);
    }

    private static VEvent event(CalendarEntry entry, Instant stamp) {
        var start = ZonedDateTime.of(entry.date(), entry.start(), PARIS);
        var event = entry.end() == null || !entry.end().isAfter(entry.start())
                ? new VEvent(start, clean(entry.summary()))
                : new VEvent(start, ZonedDateTime.of(entry.date(), entry.end(), PARIS), clean(entry.summary()));
        event.add(new Uid(entry.uid()));
        event.replace(new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new Sequence(entry.sequence()));
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(clean(entry.location())));
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(clean(entry.description())));
        }
        if (entry.url() != null) {
            event.add(new Url(URI.create(entry.url())));
        }
        event.add(new Status(entry.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return event;
    }

    /** Plain line breaks only (escaped as \n by ical4j); other control characters have no place in TEXT. */
    static String clean(String text) {
        var unified = text.replace("\r\n", "\n").replace('\r', '\n');
        var out = new StringBuilder(unified.length());
        unified.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Folds every content line so that no line exceeds 75 octets and no character is split. */
    static String fold(String unfolded) {
        var out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (var line : unfolded.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            // Most lines are short: fewer chars than the limit means fewer octets only if all are ASCII.
            if (line.length() <= MAX_OCTETS && line.chars().allMatch(c -> c < 0x80)) {
                out.append(line).append("\r\n");
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
