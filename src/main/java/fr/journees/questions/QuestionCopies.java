package fr.journees.questions;

import java.util.Objects;

import org.springframework.stereotype.Component;

import fr.journees.itinerary.ItineraryService;
import fr.journees.workshop.WorkshopService;

/** How a question reads on a copy of its day: its parcours or atelier is the copy's group of the same name. */
@Component
class QuestionCopies {

    private final ItineraryService itineraries;
    private final WorkshopService workshops;

    QuestionCopies(ItineraryService itineraries, WorkshopService workshops) {
        this.itineraries = itineraries;
        this.workshops = workshops;
    }

    QuestionDraft inCopy(Question q, long copyEventId) {
        var draft = q.draft();
        if (q.itineraryId() == null && q.workshopId() == null) {
            return draft;
        }
        Long itinerary = null;
        Long workshop = null;
        if (q.itineraryId() != null) {
            var name = itineraries.forEvent(q.eventId()).stream().filter(i -> i.id() == q.itineraryId())
                    .map(i -> i.name()).findFirst().orElse(null);
            itinerary = itineraries.forEvent(copyEventId).stream().filter(i -> Objects.equals(i.name(), name))
                    .map(i -> i.id()).findFirst().orElse(null);
        }
        if (q.workshopId() != null) {
            var title = workshops.forEvent(q.eventId()).stream().filter(w -> w.id() == q.workshopId())
                    .map(w -> w.title()).findFirst().orElse(null);
            workshop = workshops.forEvent(copyEventId).stream().filter(w -> Objects.equals(w.title(), title))
                    .map(w -> w.id()).findFirst().orElse(null);
        }
        boolean found = itinerary != null || workshop != null;
        return new QuestionDraft(draft.type(), draft.labelFr(), draft.labelEn(), draft.helpFr(), draft.helpEn(),
                draft.required(), draft.choices(), itinerary, workshop, draft.asked() && found, draft.onSheets(),
                draft.atCheckin());
    }
}
