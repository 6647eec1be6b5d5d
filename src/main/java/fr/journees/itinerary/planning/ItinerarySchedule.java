package fr.journees.itinerary.planning;

import java.time.LocalTime;
import java.util.List;

/** The timed stops of one itinerary; it ends when the group leaves its last stop. */
public record ItinerarySchedule(long itineraryId, String name, LocalTime departure, List<TimedStop> stops) {

    public ItinerarySchedule {
        stops = List.copyOf(stops);
    }

    public LocalTime end() {
        return stops.isEmpty() ? departure : stops.get(stops.size() - 1).departure();
    }

    /** True when the itinerary leaves before the window opens or is still walking after it closes. */
    public boolean overruns(LocalTime windowStart, LocalTime windowEnd) {
        return departure.isBefore(windowStart) || end().isAfter(windowEnd);
    }
}
