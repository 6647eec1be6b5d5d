package fr.journees.itinerary.ui;

import java.util.function.ToIntFunction;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.UI;

import fr.journees.base.ui.LazyChoices;
import fr.journees.base.ui.Notifications;
import fr.journees.event.EventHeader;
import fr.journees.event.EventNotEditable;
import fr.journees.itinerary.ItineraryService;

/** What the parts of the itineraries editor share: the event, the service, the pickers, and a refresh. */
record EditorContext(EventHeader event, ItineraryService itineraries, LazyChoices.Page places,
                     ToIntFunction<String> countPlaces, LazyChoices.Page people, ToIntFunction<String> countPeople,
                     StopHelp help, Runnable refresh) {

    /**
     * Runs a change; on a conflict with someone else's change the user is told and sees the fresh
     * state. Returns whether the change was made.
     */
    boolean attempt(Runnable change) {
        try {
            change.run();
            refresh.run();
            return true;
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(UI.getCurrent().getTranslation("itinerary.error.conflict"));
            refresh.run();
            return false;
        } catch (EventNotEditable archived) {
            Notifications.error(UI.getCurrent().getTranslation("itinerary.error.archived"));
            return false;
        }
    }

    /** previousPlaceId: the place of the stop before (null for the first one), to propose the walk from it. */
    StopForm stopForm(Long previousPlaceId) {
        var form = new StopForm(places, countPlaces, people, countPeople, event.defaultWalkMinutes(), help);
        form.walkingFrom(previousPlaceId);
        return form;
    }

    ItineraryForm itineraryForm() {
        return new ItineraryForm(people, countPeople);
    }
}
