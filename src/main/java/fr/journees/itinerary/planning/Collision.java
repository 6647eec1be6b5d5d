package fr.journees.itinerary.planning;

import java.time.LocalTime;

/** Two itineraries at the same place at once, during [from, to). */
public record Collision(long placeId, String placeName, String firstItinerary, String secondItinerary,
                        LocalTime from, LocalTime to) {
}
