package fr.journees.itinerary;

import java.time.LocalTime;
import java.util.List;

import fr.journees.itinerary.planning.Collision;
import fr.journees.itinerary.planning.ItinerarySchedule;

/**
 * The computed times of an event's itineraries, the collisions between them, and the visit window
 * (the programme's visit slot, or the whole day when there is none) they must fit in, and the slots
 * everyone attends (welcome, plenary, meal…) that a group would miss by being out walking.
 */
public record ItineraryPlan(List<ItinerarySchedule> schedules, List<Collision> collisions, LocalTime windowStart,
                            LocalTime windowEnd, boolean visitSlot, List<SlotOverlap> slotOverlaps) {

    public ItinerarySchedule scheduleOf(long itineraryId) {
        return schedules.stream().filter(s -> s.itineraryId() == itineraryId).findFirst().orElseThrow();
    }

    public boolean overruns(long itineraryId) {
        return scheduleOf(itineraryId).overruns(windowStart, windowEnd);
    }
}
