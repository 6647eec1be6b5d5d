package fr.journees.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.journees.base.database.Writes;
import fr.journees.calendar.CalendarRepository.PlaceAddress;
import fr.journees.event.EventDetails;
import fr.journees.event.EventLinks;
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

    /** The content type of a participant's agenda.ics attached to a mail. */
    public static final String MAIL_ATTACHMENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private final EventService events;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;
    private final CalendarRepository repository;
    private final MessageSource messages;
    private final EventLinks eventLinks;
    private final String uidDomain;
    private static final int CACHED_DAYS = 200;
    static final java.time.Duration PUBLIC_FRESHNESS = java.time.Duration.ofSeconds(1);
    private final Map<Long, StampedDay> days = new ConcurrentHashMap<>();
    private final Map<String, Long> slugs = new ConcurrentHashMap<>();
    private final Map<Long, CalendarFile> programmeFiles = new ConcurrentHashMap<>();
    private final TransactionTemplate reading;
    private final Writes.Counter writes;
    private final AgendaTemplates agendas = new AgendaTemplates();

    CalendarService(EventService events, ItineraryService itineraries, WorkshopService workshops,
                    CalendarRepository repository, MessageSource messages,
                    EventLinks eventLinks,
                    @Value("${journees.calendar.uid-domain:journees.fr}") String uidDomain,
                    PlatformTransactionManager transactions, Writes writes) {
        this.writes = writes.to(CalendarRepository.STAMPED_TABLES);
        this.events = events;
        this.itineraries = itineraries;
        this.workshops = workshops;
        this.repository = repository;
        this.messages = messages;
        this.eventLinks = eventLinks;
        this.uidDomain = uidDomain;
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
    }

    /** The programme of the event with that slug, when it is published. */
    public Optional<CalendarFeed> programme(String slug) {
        return publishedDay(slug).map(this::programme);
    }

    private CalendarFeed programme(CalendarDay day) {
        var event = day.event;
        var link = new Link(eventLinks.page(event.slug()), false);
        var entries = day.slots.stream()
                .map(slot -> slotEntry(event, slot, day.places, link, Locale.FRENCH, false)).toList();
        return new CalendarFeed(event.title(), entries.isEmpty()
                ? List.of(wholeDay(event, day.places, link, Locale.FRENCH, false)) : entries);
    }

    /**
     * The programme file of a published day, made once per state of the day (its stamp, also its ETag):
     * calendar clients poll it, and an unchanged day costs one query.
     */
    public Optional<CalendarFile> programmeFile(String slug) {
        return publishedDay(slug).map(day -> {
            // The links inside follow the address people use (when none is configured): part of the state.
            var state = day.stamp() + "|" + eventLinks.page(slug);
            var cached = programmeFiles.get(day.event.id());
            if (cached != null && cached.stamp().equals(state)) {
                return cached;
            }
            var file = new CalendarFile(ICalendarExporter.export(programme(day), Instant.now()), state);
            if (programmeFiles.size() >= CACHED_DAYS) {
                programmeFiles.clear();
            }
            programmeFiles.put(day.event.id(), file);
            return file;
        });
    }

    /**
     * The day of a published event by its address, from memory while unchanged: the slug's event is
     * remembered, and taken again from the database when the day read no longer has that slug or is no
     * longer public (so a renamed or unpublished day answers 404 at once, on every node).
     */
    public Optional<CalendarDay> publishedDay(String slug) {
        var known = slugs.get(slug);
        if (known != null) {
            var day = recentDay(known).filter(d -> isPublishedAt(d, slug));
            if (day.isPresent()) {
                return day;
            }
            slugs.remove(slug);
        }
        var id = events.idBySlug(slug);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (slugs.size() >= CACHED_DAYS) {
            slugs.clear();
        }
        slugs.put(slug, id.get());
        return day(id.get()).filter(d -> isPublishedAt(d, slug));
    }

    private static boolean isPublishedAt(CalendarDay day, String slug) {
        return day.event.slug().equals(slug) && day.event.status().isPublic();
    }

    /**
     * The day's calendar material, for making many participants' calendars without reading again: read
     * once, then served from memory for as long as its {@linkplain CalendarRepository#dayStamp stamp} in
     * the database says nothing of it changed (so a change made through any node is seen at once).
     */
    public Optional<CalendarDay> day(long eventId) {
        long writesBefore = writes.count();
        long now = System.currentTimeMillis();
        // The stamp first and on its own: a day read after it is at least as new as the stamp it is kept under.
        var stamp = repository.dayStamp(eventId);
        if (stamp == null) {
            return Optional.empty();
        }
        var cached = days.get(eventId);
        if (cached != null && cached.stamp().equals(stamp)) {
            remember(eventId, new StampedDay(stamp, cached.day(), now, writesBefore));
            return Optional.of(cached.day());
        }
        var day = reading.execute(status -> read(eventId, stamp));
        day.ifPresent(d -> remember(eventId, new StampedDay(stamp, d, now, writesBefore)));
        return day;
    }

    /**
     * The day as {@link #day} gives it, trusting a stamp checked less than {@link #PUBLIC_FRESHNESS} ago when
     * this node wrote nothing since: what the public pages and feeds, polled by crowds and calendar
     * clients, are made from. A change made here shows at once; one made through another node within that time.
     */
    private Optional<CalendarDay> recentDay(long eventId) {
        var cached = days.get(eventId);
        if (cached != null && cached.writes() == writes.count()
                && System.currentTimeMillis() - cached.checkedAt() < PUBLIC_FRESHNESS.toMillis()) {
            return Optional.of(cached.day());
        }
        return day(eventId);
    }

    /** A day, the stamp it was read under, and when (and at which count of this node's writes) that was checked. */
    private record StampedDay(String stamp, CalendarDay day, long checkedAt, long writes) {
    }

    private void remember(long eventId, StampedDay day) {
        if (days.size() >= CACHED_DAYS) {
            days.clear();
        }
        days.put(eventId, day);
    }

    private Optional<CalendarDay> read(long eventId, String stamp) {
        return events.details(eventId).map(event -> {
            var slots = events.programme(event.id());
            var plan = itineraries.forEvent(event.id());
            return new CalendarDay(event, slots, plan, ItineraryService.plan(event.start(), event.end(),
                    event.defaultWalkMinutes(), plan, slots), workshops.forEvent(event.id()),
                    places(event, slots, plan.stream().flatMap(i -> i.stops().stream()).toList()), stamp);
        });
    }

    /**
     * A participant's own day as a calendar file, made from a day read beforehand (no database access):
     * the programme, with the visit replaced by the stops of their itinerary and the workshops by theirs,
     * each entry linking to their personal page. A cancelled registration's entries are marked cancelled,
     * so that calendars drop them.
     */
    public byte[] agendaFile(CalendarDay day, String personalLink, String language, boolean cancelled,
                             Long itineraryId, Long workshopId) {
        return agendas.agenda(new AgendaTemplates.Key(day.event().id(), day.stamp(), language, cancelled, itineraryId,
                workshopId), personalLink, Instant.now(), (link, now) -> ICalendarExporter.unfolded(
                agenda(day, new Link(link, true), language, cancelled, itineraryId, workshopId), now));
    }

    private CalendarFeed agenda(CalendarDay day, Link link, String language, boolean cancelled, Long itineraryId,
                                Long workshopId) {
        var event = day.event;
        var locale = Locale.forLanguageTag(language);
        var itinerary = day.itineraries.stream().filter(i -> Objects.equals(i.id(), itineraryId)).findFirst();
        var workshop = day.workshops.stream().filter(w -> Objects.equals(w.id(), workshopId)).findFirst();
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
    private CalendarEntry wholeDay(EventDetails event, Map<Long, PlaceAddress> places, Link link, Locale locale,
                                   boolean cancelled) {
        return new CalendarEntry("event-" + event.id() + "@" + uidDomain, event.version(), event.date(),
                event.start(), event.end(), event.title(), join(event.subtitle(), linkLine(link, locale)),
                location(event, null, null, places), link.url(), cancelled);
    }

    private CalendarEntry slotEntry(EventDetails event, ProgrammeSlot slot, Map<Long, PlaceAddress> places,
                                    Link link, Locale locale, boolean cancelled) {
        var description = join(slot.description(), linkLine(link, locale));
        return new CalendarEntry("slot-" + slot.id() + "@" + uidDomain, slot.version() + event.version(),
                event.date(), slot.start(), slot.end(), slot.title(), description,
                location(event, slot.placeId(), slot.location(), places), link.url(), cancelled);
    }

    private List<CalendarEntry> stopEntries(CalendarDay day, ItineraryView itinerary, Link link, Locale locale,
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
                    location(event, stop.placeId(), stop.placeName(), places), link.url(), cancelled));
        }
        return entries;
    }

    private CalendarEntry workshopEntry(EventDetails event, ProgrammeSlot slot, WorkshopView workshop,
                                        Map<Long, PlaceAddress> places, Link link, Locale locale,
                                        boolean cancelled) {
        var description = join(workshop.guidingQuestions(),
                workshop.room() == null ? null : message("outputs.calendar.room", locale, workshop.room()),
                linkLine(link, locale));
        return new CalendarEntry("slot-" + slot.id() + "-workshop-" + workshop.id() + "@" + uidDomain,
                slot.version() + workshop.version() + event.version(), event.date(), slot.start(), slot.end(),
                message("outputs.calendar.workshop", locale, workshop.title()), description,
                location(event, slot.placeId(), slot.location(), places), link.url(), cancelled);
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
    private record Link(String url, boolean personal) {
    }

    private String linkLine(Link link, Locale locale) {
        return message(link.personal() ? "outputs.calendar.personal-link" : "outputs.calendar.link", locale,
                link.url());
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
