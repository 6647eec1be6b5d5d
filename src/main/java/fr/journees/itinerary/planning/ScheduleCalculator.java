package fr.journees.itinerary.planning;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Arrival and departure times of every stop: the group leaves at the itinerary's departure time,
 * walks to the first stop, stays its duration, walks to the next… Walking times come from the
 * stop when set, from the event's default otherwise.
 */
public final class ScheduleCalculator {

    private ScheduleCalculator() {
    }

    public static ItinerarySchedule schedule(long itineraryId, String name, LocalTime departure,
                                             int defaultWalkMinutes, List<PlannedStop> stops) {
        var timed = new ArrayList<TimedStop>(stops.size());
        var clock = departure;
        for (var stop : stops) {
            int walk = stop.walkMinutesBefore() == null ? defaultWalkMinutes : stop.walkMinutesBefore();
            var arrival = clock.plusMinutes(walk);
            var leaving = arrival.plusMinutes(stop.durationMinutes());
            if (leaving.isBefore(departure)) {
                throw new IllegalArgumentException("The itinerary " + name + " runs past midnight");
            }
            timed.add(new TimedStop(stop.placeId(), stop.placeName(), arrival, leaving));
            clock = leaving;
        }
        return new ItinerarySchedule(itineraryId, name, departure, timed);
    }
}
