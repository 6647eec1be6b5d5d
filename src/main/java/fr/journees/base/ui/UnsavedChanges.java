package fr.journees.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * A part of a view holding typed text not saved yet. Leaving it (another tab, the menu) asks first;
 * closing or reloading the browser's page gets the browser's own question while something is unsaved.
 */
public interface UnsavedChanges {

    boolean hasUnsavedChanges();

    /** Whether that component, or one inside it, holds something unsaved. */
    static boolean anyIn(Component root) {
        if (root instanceof UnsavedChanges part && part.hasUnsavedChanges()) {
            return true;
        }
        return root.getChildren().anyMatch(UnsavedChanges::anyIn);
    }

    /**
     * Before leaving a view: if something inside it is unsaved, the navigation waits for the user's
     * answer; staying runs onStay (to put the tab back), leaving goes on.
     */
    static void askBeforeLeaving(BeforeLeaveEvent event, Component root, Runnable onStay) {
        if (!anyIn(root)) {
            return;
        }
        var action = event.postpone();
        var dialog = Confirm.action("unsaved-changes", root.getTranslation("unsaved.title"),
                root.getTranslation("unsaved.text"), root.getTranslation("unsaved.leave"), () -> {
                    guardBrowserClose(root, false);
                    action.proceed();
                });
        dialog.setCancelText(root.getTranslation("unsaved.stay"));
        dialog.addCancelListener(e -> onStay.run());
    }

    /** Arms (or disarms) the browser's "leave this page?" question. */
    static void guardBrowserClose(Component component, boolean unsaved) {
        component.getElement().executeJs("if (!window.journeesUnsavedGuard) {"
                + " window.journeesUnsavedGuard = true;"
                + " window.addEventListener('beforeunload', e => {"
                + "  if (window.journeesUnsaved) { e.preventDefault(); e.returnValue = ''; } }); }"
                + " window.journeesUnsaved = $0;", unsaved);
    }
}
