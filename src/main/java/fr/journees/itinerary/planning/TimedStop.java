package fr.journees.itinerary.planning;

import java.time.LocalTime;

/** A stop with its computed times: the group is at the place from arrival to departure. */
public record TimedStop(long placeId, String placeName, LocalTime arrival, LocalTime departure) {

    boolean overlaps(TimedStop other) {
        return arrival.isBefore(other.departure) && other.arrival.isBefore(departure);
    }
}
