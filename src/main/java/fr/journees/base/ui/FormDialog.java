package fr.journees.base.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog around a form: Enter or "Enregistrer" saves, Escape or "Annuler" closes, asking first when
 * something was typed. The dialog stays open, with everything typed, when saving fails (save returns false).
 */
public class FormDialog extends Dialog {

    public FormDialog(String title, Component form, BooleanSupplier save) {
        setHeaderTitle(title);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        add(form);
        var closeAsking = UnsavedChanges.guardForm(this, form);
        var saveButton = new Button(getTranslation("action.save"), e -> {
            if (save.getAsBoolean()) {
                close();
            }
        });
        saveButton.setId("dialog-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button(getTranslation("action.cancel"), e -> closeAsking.run());
        cancel.setId("dialog-cancel");
        getFooter().add(cancel, saveButton);
    }
}
