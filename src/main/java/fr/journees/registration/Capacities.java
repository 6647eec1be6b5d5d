package fr.journees.registration;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places of an event as read under its locks: capacities and confirmed counts of the event, its
 * itineraries and its workshops. Rules, documented for organisers:
 * <ul>
 * <li>a confirmed participant of an event that has itineraries (workshops) always walks one
 * (attends one): the sum of their capacities bounds the event like its own capacity does;</li>
 * <li>the preferred itinerary (workshop) when it has room, otherwise the one with the most room
 * left — the person keeps a place in the day, and the preference stays recorded so that an
 * organiser can move them later;</li>
 * <li>no room at the event level, or in every itinerary, or in every workshop → waitlist.</li>
 * </ul>
 * A null capacity is unlimited. Mutable: {@link #take} and {@link #release} follow the changes made
 * within one locked transaction.
 */
final class Capacities {

    private final Integer eventCapacity;
    private int eventConfirmed;
    private int waitlisted;
    private final Map<Long, Slot> itineraries;
    private final Map<Long, Slot> workshops;

    static final class Slot {
        final long id;
        final String label;
        final Integer capacity;
        int confirmed;

        Slot(long id, String label, Integer capacity, int confirmed) {
            this.id = id;
            this.label = label;
            this.capacity = capacity;
            this.confirmed = confirmed;
        }

        boolean hasRoom() {
            return capacity == null || confirmed < capacity;
        }

        long room() {
            return capacity == null ? Long.MAX_VALUE : capacity - confirmed;
        }
    }

    Capacities(Integer eventCapacity, int eventConfirmed, int waitlisted, List<Slot> itineraries,
               List<Slot> workshops) {
        this.eventCapacity = eventCapacity;
        this.eventConfirmed = eventConfirmed;
        this.waitlisted = waitlisted;
        this.itineraries = index(itineraries);
        this.workshops = index(workshops);
    }

    private static Map<Long, Slot> index(List<Slot> slots) {
        var map = new LinkedHashMap<Long, Slot>();
        slots.forEach(s -> map.put(s.id, s));
        return map;
    }

    /** A seat following the rules above, or empty when the person must wait. */
    Optional<Seat> seatFor(Long preferredItinerary, Long preferredWorkshop) {
        if (eventCapacity != null && eventConfirmed >= eventCapacity) {
            return Optional.empty();
        }
        var itinerary = pick(itineraries, preferredItinerary);
        var workshop = pick(workshops, preferredWorkshop);
        if (itinerary.isEmpty() || workshop.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Seat(itinerary.get().orElse(null), workshop.get().orElse(null)));
    }

    /** A seat exactly where asked (null = none wanted or none exists), for a deliberate change. */
    Optional<Seat> exactSeat(Long itineraryId, Long workshopId) {
        if (eventCapacity != null && eventConfirmed >= eventCapacity) {
            return Optional.empty();
        }
        if (itineraryId != null && !itineraries.get(itineraryId).hasRoom()) {
            throw new RegistrationRejected(RegistrationRejected.Reason.ITINERARY_FULL);
        }
        if (workshopId != null && !workshops.get(workshopId).hasRoom()) {
            throw new RegistrationRejected(RegistrationRejected.Reason.WORKSHOP_FULL);
        }
        return Optional.of(new Seat(itineraryId, workshopId));
    }

    /** The name of an itinerary of the day (null for none). */
    String itineraryName(Long id) {
        return id == null || !itineraries.containsKey(id) ? null : itineraries.get(id).label;
    }

    String workshopTitle(Long id) {
        return id == null || !workshops.containsKey(id) ? null : workshops.get(id).label;
    }

    /** A choice that is not one of the day's is refused as not found. */
    void requireKnown(Long itineraryId, Long workshopId) {
        if (!hasItinerary(itineraryId) || !hasWorkshop(workshopId)) {
            throw new RegistrationRejected(RegistrationRejected.Reason.NOT_FOUND);
        }
    }

    boolean hasItinerary(Long id) {
        return id == null || itineraries.containsKey(id);
    }

    boolean hasWorkshop(Long id) {
        return id == null || workshops.containsKey(id);
    }

    /** Outer empty: no room anywhere; inner empty: nothing to assign (no slot at all). */
    private static Optional<Optional<Long>> pick(Map<Long, Slot> slots, Long preferred) {
        if (slots.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        var wanted = preferred == null ? null : slots.get(preferred);
        if (wanted != null && wanted.hasRoom()) {
            return Optional.of(Optional.of(wanted.id));
        }
        return roomiest(slots).map(id -> Optional.of(id));
    }

    /** The slot with the most room left (first in order on a tie), to balance the groups. */
    private static Optional<Long> roomiest(Map<Long, Slot> slots) {
        return slots.values().stream().filter(Slot::hasRoom)
                .sorted(Comparator.comparingLong(Slot::room).reversed().thenComparingInt(s -> s.confirmed))
                .map(s -> s.id).findFirst();
    }

    Optional<Long> roomiestItinerary() {
        return roomiest(itineraries);
    }

    Optional<Long> roomiestWorkshop() {
        return roomiest(workshops);
    }

    boolean hasItineraries() {
        return !itineraries.isEmpty();
    }

    boolean hasWorkshops() {
        return !workshops.isEmpty();
    }

    void take(Seat seat) {
        eventConfirmed++;
        if (seat.itineraryId() != null) {
            itineraries.get(seat.itineraryId()).confirmed++;
        }
        if (seat.workshopId() != null) {
            workshops.get(seat.workshopId()).confirmed++;
        }
    }

    void release(Seat seat) {
        eventConfirmed--;
        if (seat.itineraryId() != null && itineraries.containsKey(seat.itineraryId())) {
            itineraries.get(seat.itineraryId()).confirmed--;
        }
        if (seat.workshopId() != null && workshops.containsKey(seat.workshopId())) {
            workshops.get(seat.workshopId()).confirmed--;
        }
    }

    /** For auto-assignment: moves a partial seat to a full one; counts follow. */
    void assignItinerary(long itineraryId) {
        itineraries.get(itineraryId).confirmed++;
    }

    void assignWorkshop(long workshopId) {
        workshops.get(workshopId).confirmed++;
    }

    /** The rank of someone joining the waiting list now, behind everyone already waiting. */
    /** One more person waits: their rank, the waiting list being ordered by transaction, then by id. */
    int joinWaitlist() {
        return ++waitlisted;
    }
}
