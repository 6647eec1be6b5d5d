package fr.journees.itinerary;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.journees.event.CapacityChanged;
import fr.journees.event.EventDuplicated;
import fr.journees.event.EventHeader;
import fr.journees.event.EventService;
import fr.journees.event.ProgrammeKind;
import fr.journees.event.ProgrammeSlot;
import fr.journees.itinerary.planning.CollisionDetector;
import fr.journees.itinerary.planning.ItinerarySchedule;
import fr.journees.itinerary.planning.PlannedStop;
import fr.journees.itinerary.planning.RotationGroup;
import fr.journees.itinerary.planning.RotationPlace;
import fr.journees.itinerary.planning.RotationPlanner;
import fr.journees.itinerary.planning.RotationProposal;
import fr.journees.itinerary.planning.ScheduleCalculator;
import jakarta.validation.Valid;

/**
 * The only writer of itineraries, their guides, stops and the stops' speakers. Every change of an
 * itinerary or of its stops names the version the user saw: a stale one is refused, never merged.
 */
@Service
@Validated
public class ItineraryService {

    static final int DEFAULT_STOP_MINUTES = 20;

    private final ItineraryRepository itineraries;
    private final EventService events;
    private final ApplicationEventPublisher publisher;

    ItineraryService(ItineraryRepository itineraries, EventService events, ApplicationEventPublisher publisher) {
        this.itineraries = itineraries;
        this.events = events;
        this.publisher = publisher;
    }

    /** Adds an itinerary after the event's existing ones, with its stops in the order given. */
    @Transactional
    public long create(long eventId, @Valid ItineraryDraft draft, List<@Valid StopDraft> stops) {
        events.requireEditable(eventId);
        checkUnique(eventId, draft, null);
        long id = itineraries.insert(eventId, draft);
        for (int i = 0; i < stops.size(); i++) {
            itineraries.insertStop(id, stops.get(i), i);
        }
        return id;
    }

    @Transactional
    public void update(long itineraryId, int version, @Valid ItineraryDraft draft) {
        long eventId = editableEventOf(itineraryId);
        checkUnique(eventId, draft, itineraryId);
        if (!itineraries.update(itineraryId, version, draft)) {
            throw stale(itineraryId);
        }
        publisher.publishEvent(new CapacityChanged(eventId));
    }

    @Transactional
    public void delete(long itineraryId, int version) {
        editableEventOf(itineraryId);
        if (!itineraries.delete(itineraryId, version)) {
            throw stale(itineraryId);
        }
    }

    @Transactional
    public void addStop(long itineraryId, int version, @Valid StopDraft stop) {
        claim(itineraryId, version);
        itineraries.insertStop(itineraryId, stop, itineraries.stopIds(itineraryId).size());
    }

    @Transactional
    public void updateStop(long itineraryId, int version, long stopId, @Valid StopDraft stop) {
        claim(itineraryId, version);
        requireStopOf(itineraryId, stopId);
        itineraries.updateStop(stopId, stop);
    }

    @Transactional
    public void removeStop(long itineraryId, int version, long stopId) {
        claim(itineraryId, version);
        requireStopOf(itineraryId, stopId);
        itineraries.deleteStop(stopId);
        itineraries.renumber(itineraries.stopIds(itineraryId));
    }

    /** Moves a stop to {@code newIndex} (0-based, clamped to the list), the others keeping their order. */
    @Transactional
    public void moveStop(long itineraryId, int version, long stopId, int newIndex) {
        claim(itineraryId, version);
        requireStopOf(itineraryId, stopId);
        var order = new ArrayList<>(itineraries.stopIds(itineraryId));
        order.remove(stopId);
        order.add(Math.max(0, Math.min(newIndex, order.size())), stopId);
        itineraries.renumber(order);
    }

    @Transactional(readOnly = true)
    public List<ItineraryView> forEvent(long eventId) {
        return itineraries.forEvent(eventId);
    }

    /** Times of every stop, collisions, and the window the itineraries must fit in. */
    @Transactional(readOnly = true)
    public ItineraryPlan plan(long eventId) {
        var event = header(eventId);
        return plan(event.start(), event.end(), event.defaultWalkMinutes(), itineraries.forEvent(eventId),
                events.programme(eventId));
    }

    /** The same plan from the day's hours, itineraries and programme already read: no database access. */
    public static ItineraryPlan plan(LocalTime dayStart, LocalTime dayEnd, int defaultWalkMinutes,
                                     List<ItineraryView> itineraries, List<ProgrammeSlot> programme) {
        var schedules = itineraries.stream()
                .map(itinerary -> ScheduleCalculator.schedule(itinerary.id(), itinerary.name(),
                        itinerary.departure(), defaultWalkMinutes, itinerary.stops().stream()
                                .map(s -> new PlannedStop(s.placeId(), s.placeName(), s.durationMinutes(),
                                        s.walkMinutesBefore()))
                                .toList()))
                .toList();
        var visit = programme.stream().filter(slot -> slot.kind() == ProgrammeKind.VISIT).findFirst();
        var start = visit.map(v -> v.start()).orElse(dayStart);
        var end = visit.map(v -> v.end() == null ? dayEnd : v.end()).orElse(dayEnd);
        return new ItineraryPlan(schedules, CollisionDetector.detect(schedules), start, end, visit.isPresent(),
                overlaps(schedules, programme));
    }

    /** Slots that are not run in parallel (every kind but visits and workshops) during a group's walk. */
    static List<SlotOverlap> overlaps(List<ItinerarySchedule> schedules, List<ProgrammeSlot> programme) {
        var overlaps = new ArrayList<SlotOverlap>();
        for (var schedule : schedules) {
            var from = schedule.departure();
            var to = schedule.end();
            for (var slot : programme) {
                if (slot.kind() == ProgrammeKind.VISIT || slot.kind() == ProgrammeKind.WORKSHOP) {
                    continue;
                }
                var slotEnd = slot.end() == null ? slot.start() : slot.end();
                boolean meets = slot.end() == null
                        ? !slot.start().isBefore(from) && slot.start().isBefore(to)
                        : from.isBefore(slotEnd) && to.isAfter(slot.start());
                if (meets) {
                    overlaps.add(new SlotOverlap(schedule.name(), slot.title(), slot.start(), slotEnd));
                }
            }
        }
        return List.copyOf(overlaps);
    }

    /**
     * Proposes collision-free orders of the given places for the event's itineraries; each place keeps
     * the stay it already has in the event's stops (20 minutes for a new one).
     */
    @Transactional(readOnly = true)
    public RotationProposal proposeRotation(long eventId, List<Long> placeIds) {
        var event = header(eventId);
        var current = itineraries.forEvent(eventId);
        var stays = staysByPlace(current);
        var places = itineraries.places(placeIds, DEFAULT_STOP_MINUTES).stream()
                .map(p -> new RotationPlace(p.id(), p.name(),
                        stays.getOrDefault(p.id(), DEFAULT_STOP_MINUTES), p.latitude(), p.longitude()))
                .sorted(Comparator.comparingInt(p -> placeIds.indexOf(p.id())))
                .toList();
        var groups = current.stream().map(i -> new RotationGroup(i.id(), i.name(), i.departure())).toList();
        return RotationPlanner.propose(places, groups, event.defaultWalkMinutes());
    }

    /**
     * Replaces the stops of each itinerary of the proposal by the proposed order. A place keeps the
     * theme and speakers it had in that itinerary (or elsewhere in the event); walks take the default.
     * versions: the version of each itinerary the organiser previewed.
     */
    @Transactional
    public void applyRotation(long eventId, Map<Long, Integer> versions, RotationProposal.Found proposal) {
        events.requireEditable(eventId);
        var current = itineraries.forEvent(eventId);
        for (var schedule : proposal.schedules()) {
            long itineraryId = schedule.itineraryId();
            var itinerary = current.stream().filter(i -> i.id() == itineraryId).findFirst()
                    .orElseThrow(() -> stale(itineraryId));
            if (!itineraries.bumpVersion(itineraryId, versions.getOrDefault(itineraryId, -1))) {
                throw stale(itineraryId);
            }
            itineraries.deleteStops(itineraryId);
            for (int i = 0; i < schedule.stops().size(); i++) {
                long placeId = schedule.stops().get(i).placeId();
                var model = modelStop(itinerary, current, placeId);
                itineraries.insertStop(itineraryId, new StopDraft(placeId, model == null ? null : model.theme(),
                        model == null ? DEFAULT_STOP_MINUTES : model.durationMinutes(), null,
                        model == null ? List.of() : model.speakers().stream().map(PersonRef::id).toList()), i);
            }
        }
    }

    /** Copies the itineraries of a duplicated event, with their guides, stops and speakers. */
    @EventListener
    @Transactional
    public void copyOnDuplication(EventDuplicated duplicated) {
        for (var itinerary : itineraries.forEvent(duplicated.sourceEventId())) {
            long copy = itineraries.insert(duplicated.copyEventId(), new ItineraryDraft(itinerary.name(),
                    itinerary.colour(), itinerary.capacity(), itinerary.departure(),
                    itinerary.guides().stream().map(PersonRef::id).toList()));
            for (var stop : itinerary.stops()) {
                itineraries.insertStop(copy, new StopDraft(stop.placeId(), stop.theme(), stop.durationMinutes(),
                        stop.walkMinutesBefore(), stop.speakers().stream().map(PersonRef::id).toList()),
                        stop.position());
            }
        }
    }

    private static StopView modelStop(ItineraryView itinerary, List<ItineraryView> all, long placeId) {
        return itinerary.stops().stream().filter(s -> s.placeId() == placeId).findFirst()
                .orElseGet(() -> all.stream().flatMap(i -> i.stops().stream())
                        .filter(s -> s.placeId() == placeId).findFirst().orElse(null));
    }

    private static Map<Long, Integer> staysByPlace(List<ItineraryView> itineraries) {
        var stays = new HashMap<Long, Integer>();
        itineraries.forEach(i -> i.stops().forEach(s -> stays.putIfAbsent(s.placeId(), s.durationMinutes())));
        return stays;
    }

    private EventHeader header(long eventId) {
        return events.header(eventId).orElseThrow(() -> new IllegalArgumentException("No event " + eventId));
    }

    private long editableEventOf(long itineraryId) {
        long eventId = itineraries.eventOf(itineraryId).orElseThrow(() -> stale(itineraryId));
        events.requireEditable(eventId);
        return eventId;
    }

    private void claim(long itineraryId, int version) {
        editableEventOf(itineraryId);
        if (!itineraries.bumpVersion(itineraryId, version)) {
            throw stale(itineraryId);
        }
    }

    private void requireStopOf(long itineraryId, long stopId) {
        if (itineraries.itineraryOfStop(stopId).filter(id -> id == itineraryId).isEmpty()) {
            throw stale(itineraryId);
        }
    }

    private void checkUnique(long eventId, ItineraryDraft draft, Long itineraryId) {
        if (itineraries.nameTaken(eventId, draft.name(), itineraryId)) {
            throw new ItineraryRejected(ItineraryRejected.Reason.NAME_TAKEN);
        }
        if (itineraries.colourTaken(eventId, draft.colour(), itineraryId)) {
            throw new ItineraryRejected(ItineraryRejected.Reason.COLOUR_TAKEN);
        }
    }

    private static OptimisticLockingFailureException stale(long itineraryId) {
        return new OptimisticLockingFailureException("Itinerary " + itineraryId + " was changed or removed meanwhile");
    }
}
