package fr.journees.itinerary;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.journees.event.DayFact;
import fr.journees.event.DayFacts;
import fr.journees.event.EventSummary;

/** Two itineraries at one place at the same time must be mended before the day is published. */
@Component
class CollisionFacts implements DayFacts {

    private final ItineraryService itineraries;

    CollisionFacts(ItineraryService itineraries) {
        this.itineraries = itineraries;
    }

    @Override
    public List<DayFact> ofDay(EventSummary day) {
        int collisions = itineraries.plan(day.id()).collisions().size();
        return collisions == 0 ? List.of() : List.of(DayFact.todo("home.fact.collisions", collisions));
    }
}
