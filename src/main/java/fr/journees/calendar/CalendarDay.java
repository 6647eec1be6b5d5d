package fr.journees.calendar;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.journees.calendar.CalendarRepository.PlaceAddress;
import fr.journees.event.EventDetails;
import fr.journees.event.ProgrammeSlot;
import fr.journees.itinerary.ItineraryPlan;
import fr.journees.itinerary.ItineraryView;
import fr.journees.workshop.WorkshopView;

/**
 * Everything the participants' calendars of one day are made of, read once: the event, its programme,
 * the itineraries with their timed stops, the workshops and the places' addresses. Loaded before a
 * registration takes the event's lock, so that the lock is held for deciding the seat, not for reading.
 */
public final class CalendarDay {

    final EventDetails event;
    final List<ProgrammeSlot> slots;
    final List<ItineraryView> itineraries;
    final ItineraryPlan plan;
    final List<WorkshopView> workshops;
    final Map<Long, PlaceAddress> places;
    private final String stamp;
    private final Set<Long> itineraryIds;
    private final Set<Long> workshopIds;

    CalendarDay(EventDetails event, List<ProgrammeSlot> slots, List<ItineraryView> itineraries, ItineraryPlan plan,
                List<WorkshopView> workshops, Map<Long, PlaceAddress> places, String stamp) {
        this.stamp = stamp;
        this.event = event;
        this.slots = List.copyOf(slots);
        this.itineraries = List.copyOf(itineraries);
        this.plan = plan;
        this.workshops = List.copyOf(workshops);
        this.places = Map.copyOf(places);
        this.itineraryIds = this.itineraries.stream().map(ItineraryView::id).collect(Collectors.toUnmodifiableSet());
        this.workshopIds = this.workshops.stream().map(WorkshopView::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The fingerprint of the database rows this day was read from: equal stamps, equal days. */
    public String stamp() {
        return stamp;
    }

    public EventDetails event() {
        return event;
    }

    public List<ProgrammeSlot> slots() {
        return slots;
    }

    public List<ItineraryView> itineraries() {
        return itineraries;
    }

    public ItineraryPlan plan() {
        return plan;
    }

    public List<WorkshopView> workshops() {
        return workshops;
    }

    /** The venue's, the slots' and the stops' places, with their addresses, by id. */
    public Map<Long, PlaceAddress> places() {
        return places;
    }

    public Set<Long> itineraryIds() {
        return itineraryIds;
    }

    public Set<Long> workshopIds() {
        return workshopIds;
    }
}
