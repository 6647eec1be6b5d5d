package fr.journees.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one way the UI asks before deleting something. */
public final class Confirm {

    private Confirm() {
    }

    public static void deletion(String title, String text, Runnable onConfirm) {
        var ui = UI.getCurrent();
        var dialog = new ConfirmDialog(title, text, ui.getTranslation("action.confirmDelete"), e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /**
     * Asks before an action that is not a deletion but is weighty (undoing an arrival, closing a day's
     * check-in), with the action's own name on the button; returns the open dialog.
     */
    public static ConfirmDialog action(String id, String title, String text, String confirm, Runnable onConfirm) {
        var ui = UI.getCurrent();
        var dialog = new ConfirmDialog(title, text, confirm, e -> onConfirm.run());
        dialog.setId(id);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
        return dialog;
    }

    /**
     * Asks before a step that is not destructive but changes what others see (publishing a day): the
     * confirming button is the plain primary one.
     */
    public static ConfirmDialog step(String id, String title, String text, String confirm, Runnable onConfirm) {
        var dialog = action(id, title, text, confirm, onConfirm);
        dialog.setConfirmButtonTheme("primary");
        return dialog;
    }
}
