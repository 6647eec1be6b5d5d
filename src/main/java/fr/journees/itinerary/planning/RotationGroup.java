package fr.journees.itinerary.planning;

import java.time.LocalTime;

/** One itinerary's group, leaving at its departure time. */
public record RotationGroup(long itineraryId, String name, LocalTime departure) {
}
