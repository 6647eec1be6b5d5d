package fr.journees.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The one placement of a form's or dialog's buttons, as in {@link FormDialog}'s footer: a destructive
 * action apart on the left, then on the right Cancel and the primary action last.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    /** destructive may be null (nothing to delete yet). */
    public static HorizontalLayout row(Button destructive, Button cancel, Button primary) {
        var row = new HorizontalLayout();
        row.addClassName("dialog-buttons");
        row.setWidthFull();
        row.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        if (destructive != null) {
            destructive.getStyle().set("margin-inline-end", "auto");
            row.add(destructive);
        }
        row.add(cancel, primary);
        return row;
    }
}
