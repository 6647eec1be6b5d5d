package fr.journees.registration.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import fr.journees.calendar.CalendarDay;
import fr.journees.event.EventDetails;
import fr.journees.event.EventLinks;
import fr.journees.event.OrganisationRole;
import fr.journees.registration.FillRate;
import fr.journees.registration.FillRates;
import fr.journees.registration.RegistrationWindow;

/**
 * A published day as its public pages show it, in one language: formatted dates and times, the venue
 * with a map link, the registration phase, places left, the parcours with their timed stops, the
 * ateliers, the programme and the organisations. Made from what the day's cache and the fill rates hold.
 */
public record PublicDay(EventDetails event, String date, String start, String end, Venue venue, Phase phase,
                 String opensAt, Integer placesLeft, int waitlisted, List<Parcours> parcours, List<Atelier> ateliers,
                 List<Slot> programme, List<Named> organisers, List<Named> partners, String accent) {

    /** Where registration stands: not yet open, open, closed before the day, or the day is over. */
    public enum Phase { UPCOMING, OPEN, CLOSED, PAST }

    public record Venue(String name, String address, String mapUrl) {
    }

    /** An organiser or partner, with the path of its logo when the directory holds one. */
    public record Named(String name, String logoPath) {
    }

    public record Parcours(long id, String name, String colour, String departure, Integer placesLeft, List<Stop> stops) {
        public boolean full() {
            return placesLeft != null && placesLeft == 0;
        }
    }

    public record Stop(int number, String arrival, String departure, String place, String theme) {
    }

    public record Atelier(long id, String title, String questions, String objectives, String room, Integer placesLeft) {
        public boolean full() {
            return placesLeft != null && placesLeft == 0;
        }
    }

    public record Slot(String start, String end, String title, String description, String location) {
    }

    static Phase phase(EventDetails event, LocalDateTime now) {
        if (!now.isBefore(event.date().atTime(event.end()))) {
            return Phase.PAST;
        }
        if (RegistrationWindow.isOpen(event, now)) {
            return Phase.OPEN;
        }
        return event.registrationOpensAt() != null && now.isBefore(event.registrationOpensAt()) ? Phase.UPCOMING
                : Phase.CLOSED;
    }

    static PublicDay of(CalendarDay day, FillRates fill, String accent, LocalDateTime now, Locale locale) {
        var event = day.event();
        var times = times(locale);
        var venue = event.venuePlaceId() == null ? null : venue(day, event);
        var plan = day.plan();
        var parcours = day.itineraries().stream().map(i -> {
            var schedule = plan.scheduleOf(i.id()).stops();
            var stops = new java.util.ArrayList<Stop>();
            for (int n = 0; n < i.stops().size(); n++) {
                var stop = i.stops().get(n);
                var timed = n < schedule.size() ? schedule.get(n) : null;
                stops.add(new Stop(n + 1, timed == null ? null : timed.arrival().format(times),
                        timed == null ? null : timed.departure().format(times), stop.placeName(), stop.theme()));
            }
            return new Parcours(i.id(), i.name(), i.colour().hex(), plan.scheduleOf(i.id()).departure().format(times),
                    left(fill.itineraries(), i.id()), stops);
        }).toList();
        var ateliers = day.workshops().stream().map(w -> new Atelier(w.id(), w.title(), w.guidingQuestions(),
                w.objectives(), w.room(), left(fill.workshops(), w.id()))).toList();
        var programme = day.slots().stream().map(s -> new Slot(s.start().format(times),
                s.end() == null ? null : s.end().format(times), s.title(), s.description(),
                s.placeId() != null && day.places().containsKey(s.placeId()) ? day.places().get(s.placeId()).name()
                        : s.location())).toList();
        var opensAt = event.registrationOpensAt() == null ? null
                : event.registrationOpensAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG,
                        FormatStyle.SHORT).withLocale(locale));
        return new PublicDay(event, event.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)), event.start().format(times), event.end().format(times), venue,
                phase(event, now), opensAt, fill.event().placesLeft(), fill.waitlisted(), parcours, ateliers, programme,
                names(event, OrganisationRole.ORGANISER), names(event, OrganisationRole.PARTNER), accent);
    }

    /** 9h30 in French, 09:30 in English. */
    static DateTimeFormatter times(Locale locale) {
        return "en".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("HH:mm")
                : DateTimeFormatter.ofPattern("H'h'mm");
    }

    static String time(LocalTime time, Locale locale) {
        return time.format(times(locale));
    }

    public boolean open() {
        return phase == Phase.OPEN;
    }

    public boolean full() {
        return placesLeft != null && placesLeft == 0;
    }

    public String slug() {
        return event.slug();
    }

    private static Venue venue(CalendarDay day, EventDetails event) {
        var place = day.places().get(event.venuePlaceId());
        var address = place == null || place.address() == null || place.address().isBlank() ? null
                : withoutName(place.address(), event.venueName());
        var query = address == null || address.isBlank() ? event.venueName() : event.venueName() + ", " + address;
        return new Venue(event.venueName(), address,
                "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    /** "Collège Albert Camus, 2 avenue…" under the name "Collège Albert Camus" shows as "2 avenue…". */
    private static String withoutName(String address, String name) {
        var stripped = address.strip();
        if (name != null && stripped.startsWith(name)) {
            stripped = stripped.substring(name.length()).replaceFirst("^[\\s,;–-]+", "");
        }
        return stripped.isEmpty() ? null : stripped;
    }

    private static Integer left(List<FillRate> rates, long id) {
        return rates.stream().filter(r -> Objects.equals(r.id(), id)).findFirst().map(FillRate::placesLeft).orElse(null);
    }

    private static List<Named> names(EventDetails event, OrganisationRole role) {
        return event.organisations().stream().filter(o -> o.role() == role)
                .map(o -> new Named(o.name(), o.hasLogo() ? EventLinks.organisationLogoPath(event.slug(),
                        o.organisationId()) : null)).toList();
    }
}
