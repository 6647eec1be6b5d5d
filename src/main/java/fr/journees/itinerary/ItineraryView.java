package fr.journees.itinerary;

import java.time.LocalTime;
import java.util.List;

public record ItineraryView(long id, String name, ItineraryColour colour, Integer capacity, LocalTime departure,
                            List<StopView> stops) {
}
