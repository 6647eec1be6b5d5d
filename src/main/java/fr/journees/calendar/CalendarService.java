package fr.journees.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.calendar.CalendarRepository.AgendaRegistration;
import fr.journees.calendar.CalendarRepository.PlaceAddress;
import fr.journees.event.EventDetails;
import fr.journees.event.EventService;
import fr.journees.event.ProgrammeKind;
import fr.journees.event.ProgrammeSlot;
import fr.journees.itinerary.ItineraryService;
import fr.journees.itinerary.ItineraryView;
import fr.journees.itinerary.StopView;
import fr.journees.itinerary.planning.TimedStop;
import fr.journees.workshop.WorkshopService;
import fr.journees.workshop.WorkshopView;

/**
 * Builds the feeds of a published event: its programme, and one participant's own day. Sequences are
 * sums of row versions, so that any edit of a row an entry is made of raises the entry's sequence.
 */
@Service
public class CalendarService {

    private final EventService events;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;
    private final CalendarRepository repository;
    private final MessageSource messages;
    private final String publicUrl;
    private final String uidDomain;

    CalendarService(EventService events, ItineraryService itineraries, WorkshopService workshops,
                    CalendarRepository repository, MessageSource messages,
                    @Value("${journees.public-url:http://localhost:8080}") String publicUrl,
                    @Value("${journees.calendar.uid-domain:journees.fr}") String uidDomain) {
        this.events = events;
        this.itineraries = itineraries;
        this.workshops = workshops;
        this.repository = repository;
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.uidDomain = uidDomain;
    }

    /** The programme of the event with that slug, when it is published. */
    @Transactional(readOnly = true)
    public Optional<CalendarFeed> programme(String slug) {
        return events.publishedBySlug(slug).map(event -> {
                    var slots = events.programme(event.id());
                    var places = places(event, slots, List.of());
                    var entries = slots.stream()
                            .map(slot -> slotEntry(event, slot, places, eventUrl(event), Locale.FRENCH, false))
                            .toList();
                    return new CalendarFeed(event.title(), entries.isEmpty()
                            ? List.of(wholeDay(event, places, eventUrl(event), Locale.FRENCH, false)) : entries);
                });
    }

    /**
     * The day of the participant with that personal token: the programme, with the visit replaced by
     * the stops of their itinerary and the workshops by theirs. A cancelled registration's entries
     * are marked cancelled, so that calendars drop them.
     */
    @Transactional(readOnly = true)
    public Optional<CalendarFeed> agenda(String token) {
        return repository.registration(token).flatMap(registration -> day(registration.eventId())
                .map(day -> agenda(day, registration)));
    }

    /** The day's calendar material, for making many participants' calendars without reading again. */
    @Transactional(readOnly = true)
    public Optional<CalendarDay> day(long eventId) {
        return events.details(eventId).map(event -> {
            var slots = events.programme(event.id());
            var plan = itineraries.forEvent(event.id());
            return new CalendarDay(event, slots, plan, ItineraryService.plan(event.start(), event.end(),
                    event.defaultWalkMinutes(), plan, slots), workshops.forEvent(event.id()),
                    places(event, slots, plan.stream().flatMap(i -> i.stops().stream()).toList()));
        });
    }

    /** A participant's calendar file made from a day read beforehand: no database access. */
    public byte[] agendaFile(CalendarDay day, String token, String language, String status, Long itineraryId,
                             Long workshopId) {
        var registration = new AgendaRegistration(0, day.event.id(), token, status, language, itineraryId,
                workshopId, 0);
        return ICalendarExporter.export(agenda(day, registration), Instant.now());
    }

    private CalendarFeed agenda(CalendarDay day, AgendaRegistration registration) {
        var event = day.event;
        var locale = Locale.forLanguageTag(registration.language());
        boolean cancelled = "CANCELLED".equals(registration.status());
        var link = publicUrl + "/r/" + registration.token();
        var itinerary = day.itineraries.stream()
                .filter(i -> Objects.equals(i.id(), registration.itineraryId())).findFirst();
        var workshop = day.workshops.stream()
                .filter(w -> Objects.equals(w.id(), registration.workshopId())).findFirst();
        var entries = new ArrayList<CalendarEntry>();
        for (var slot : day.slots) {
            if (slot.kind() == ProgrammeKind.VISIT && itinerary.isPresent()) {
                entries.addAll(stopEntries(day, itinerary.get(), link, locale, cancelled));
            } else if (slot.kind() == ProgrammeKind.WORKSHOP && workshop.isPresent()) {
                entries.add(workshopEntry(event, slot, workshop.get(), day.places, link, locale, cancelled));
            } else {
                entries.add(slotEntry(event, slot, day.places, link, locale, cancelled));
            }
        }
        if (entries.isEmpty()) {
            entries.add(wholeDay(event, day.places, link, locale, cancelled));
        }
        return new CalendarFeed(event.title(), entries);
    }

    /** An event whose programme is still empty is one entry covering the day. */
    private CalendarEntry wholeDay(EventDetails event, Map<Long, PlaceAddress> places, String link, Locale locale,
                                   boolean cancelled) {
        return new CalendarEntry("event-" + event.id() + "@" + uidDomain, event.version(), event.date(),
                event.start(), event.end(), event.title(), join(event.subtitle(), linkLine(link, locale)),
                location(event, null, null, places), link, cancelled);
    }

    /** The participant's calendar file, as attached to their confirmation. */
    @Transactional(readOnly = true)
    public Optional<byte[]> agendaFile(String token) {
        return agenda(token).map(feed -> ICalendarExporter.export(feed, Instant.now()));
    }

    private CalendarEntry slotEntry(EventDetails event, ProgrammeSlot slot, Map<Long, PlaceAddress> places,
                                    String link, Locale locale, boolean cancelled) {
        var description = join(slot.description(), linkLine(link, locale));
        return new CalendarEntry("slot-" + slot.id() + "@" + uidDomain, slot.version() + event.version(),
                event.date(), slot.start(), slot.end(), slot.title(), description,
                location(event, slot.placeId(), slot.location(), places), link, cancelled);
    }

    private List<CalendarEntry> stopEntries(CalendarDay day, ItineraryView itinerary, String link, Locale locale,
                                            boolean cancelled) {
        var event = day.event;
        var places = day.places;
        var schedule = day.plan.scheduleOf(itinerary.id()).stops();
        var entries = new ArrayList<CalendarEntry>();
        for (int i = 0; i < itinerary.stops().size() && i < schedule.size(); i++) {
            StopView stop = itinerary.stops().get(i);
            TimedStop times = schedule.get(i);
            var description = join(
                    stop.theme() == null ? null : message("outputs.calendar.theme", locale, stop.theme()),
                    stop.speakers().isEmpty() ? null
                            : message("outputs.calendar.speakers", locale, String.join(", ", stop.speakerNames())),
                    linkLine(link, locale));
            entries.add(new CalendarEntry("stop-" + stop.id() + "@" + uidDomain,
                    itinerary.version() + event.version(), event.date(), times.arrival(), times.departure(),
                    message("outputs.calendar.stop", locale, stop.placeName(), itinerary.name()), description,
                    location(event, stop.placeId(), stop.placeName(), places), link, cancelled));
        }
        return entries;
    }

    private CalendarEntry workshopEntry(EventDetails event, ProgrammeSlot slot, WorkshopView workshop,
                                        Map<Long, PlaceAddress> places, String link, Locale locale,
                                        boolean cancelled) {
        var description = join(workshop.guidingQuestions(),
                workshop.room() == null ? null : message("outputs.calendar.room", locale, workshop.room()),
                linkLine(link, locale));
        return new CalendarEntry("slot-" + slot.id() + "-workshop-" + workshop.id() + "@" + uidDomain,
                slot.version() + workshop.version() + event.version(), event.date(), slot.start(), slot.end(),
                message("outputs.calendar.workshop", locale, workshop.title()), description,
                location(event, slot.placeId(), slot.location(), places), link, cancelled);
    }

    private Map<Long, PlaceAddress> places(EventDetails event, List<ProgrammeSlot> slots, List<StopView> stops) {
        var ids = new HashSet<Long>();
        if (event.venuePlaceId() != null) {
            ids.add(event.venuePlaceId());
        }
        slots.stream().map(ProgrammeSlot::placeId).filter(Objects::nonNull).forEach(ids::add);
        stops.forEach(stop -> ids.add(stop.placeId()));
        return ids.isEmpty() ? Map.of() : repository.places(ids);
    }

    /** The place's name and address; a slot's own location text; else the venue of the day. */
    private static String location(EventDetails event, Long placeId, String fallback,
                                   Map<Long, PlaceAddress> places) {
        if (placeId != null && places.containsKey(placeId)) {
            return places.get(placeId).line();
        }
        if (fallback != null && !fallback.isBlank()) {
            return fallback;
        }
        var venue = event.venuePlaceId() == null ? null : places.get(event.venuePlaceId());
        return venue == null ? event.venueName() : venue.line();
    }

    /** A participant's link leads to their registration, the event's to its public page. */
    private String linkLine(String link, Locale locale) {
        return message(link.contains("/r/") ? "outputs.calendar.personal-link" : "outputs.calendar.link", locale, link);
    }

    private String eventUrl(EventDetails event) {
        return publicUrl + "/e/" + event.slug();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String join(String... parts) {
        var kept = new ArrayList<String>();
        for (var part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part.strip());
            }
        }
        return String.join("\n\n", kept);
    }
}
