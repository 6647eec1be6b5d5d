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
}
