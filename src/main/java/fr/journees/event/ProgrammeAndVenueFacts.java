package fr.journees.event;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** The event's own missing pieces before publishing: a programme, a venue. */
@Component
class ProgrammeAndVenueFacts implements DayFacts {

    private final EventService events;

    ProgrammeAndVenueFacts(EventService events) {
        this.events = events;
    }

    @Override
    public List<DayFact> ofDay(EventSummary day) {
        var facts = new ArrayList<DayFact>();
        if (events.programme(day.id()).isEmpty()) {
            facts.add(DayFact.todo("home.fact.no-programme"));
        }
        if (day.venueName() == null || day.venueName().isBlank()) {
            facts.add(DayFact.todo("home.fact.no-venue"));
        }
        return facts;
    }
}
