package fr.journees.api;

import org.springframework.stereotype.Component;

import fr.journees.event.EventDetails;
import fr.journees.event.EventService;

/** The event behind a slug, as the public may see it: published, or else not found. */
@Component
class PublishedEvents {

    private final EventService events;

    PublishedEvents(EventService events) {
        this.events = events;
    }

    EventDetails bySlug(String slug) {
        return events.idBySlug(slug).flatMap(events::details).filter(e -> e.status().isPublic())
                .orElseThrow(ApiProblem::notFound);
    }
}
