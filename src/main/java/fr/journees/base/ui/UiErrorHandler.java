package fr.journees.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/** The whole UI's error handler: the log gets the stack trace, the user a clear message. */
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        var throwable = event.getThrowable();
        log.error("Unexpected error in the user interface", throwable);
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        var key = causedBy(throwable, OptimisticLockingFailureException.class) ? "error.conflict" : "error.unexpected";
        ui.access(() -> Notifications.error(ui.getTranslation(key)));
    }

    private static boolean causedBy(Throwable throwable, Class<? extends Throwable> type) {
        for (var t = throwable; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
