package fr.journees.itinerary.planning;

/** A stop as planned: which place, how long, and the walk to it (null: the event's default). */
public record PlannedStop(long placeId, String placeName, int durationMinutes, Integer walkMinutesBefore) {
}
