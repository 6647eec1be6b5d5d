package fr.journees.event.ui;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.UI;

import fr.journees.base.ui.Notifications;
import fr.journees.event.EventNotEditable;
import fr.journees.event.EventRejected;

/** Runs a change of an event's content and tells the user, in French, why it was not made. */
final class EventChanges {

    private EventChanges() {
    }

    /** Returns whether the change was made; after a conflict the fresh state is shown. */
    static boolean attempt(Runnable change, Runnable refresh) {
        var ui = UI.getCurrent();
        try {
            change.run();
            refresh.run();
            return true;
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(ui.getTranslation("event.error.conflict"));
            refresh.run();
            return false;
        } catch (EventRejected rejected) {
            Notifications.error(ui.getTranslation("event.error." + rejected.reason().name()));
            return false;
        } catch (EventNotEditable archived) {
            Notifications.error(ui.getTranslation("event.error.archived"));
            return false;
        }
    }
}
