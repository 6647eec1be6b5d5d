package fr.journees.itinerary;

import java.time.LocalTime;
import java.util.List;

/** An itinerary with its stops in order; version guards concurrent edits of it and of its stops. */
public record ItineraryView(long id, String name, ItineraryColour colour, Integer capacity, LocalTime departure,
                            int version, List<PersonRef> guides, List<StopView> stops) {
}
