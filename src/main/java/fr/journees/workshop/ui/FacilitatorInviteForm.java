package fr.journees.workshop.ui;

import fr.journees.directory.ui.DraftBinder;
import fr.journees.base.ui.DialogButtons;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;

/** E-mail and name of a facilitator to create and invite. */
class FacilitatorInviteForm extends FormLayout {

    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final DraftBinder<FacilitatorInvitation> binder = new DraftBinder<>(FacilitatorInvitation.class, this);

    FacilitatorInviteForm() {
        setId("invite-form");
        email.setId("invite-email");
        email.setLabel(getTranslation("workshop.invite.email"));
        email.setMaxLength(254);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("workshop.invite.error.emailInvalid")));
        displayName.setId("invite-name");
        displayName.setLabel(getTranslation("workshop.invite.name"));
        displayName.setMaxLength(200);
        binder.forField(email).bind("email");
        binder.forField(displayName).bind("displayName");
        var invite = new Button(getTranslation("workshop.invite.save"), e -> validateAndInvite());
        invite.setId("invite-save");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("workshop.action.cancel"), e -> fireEvent(new CloseEvent(this)));
        cancel.setId("invite-cancel");
        var explanation = new Paragraph(getTranslation("workshop.invite.text"));
        add(explanation, email, displayName, DialogButtons.row(null, cancel, invite));
        setColspan(explanation, 2);
    }

    void clear() {
        binder.readRecord(new FacilitatorInvitation("", ""));
    }

    void emailTaken() {
        email.setErrorMessage(getTranslation("workshop.invite.error.emailTaken"));
        email.setInvalid(true);
    }

    private void validateAndInvite() {
        try {
            fireEvent(new InviteEvent(this, binder.writeRecord()));
        } catch (ValidationException invalid) {
            // the binder has marked the fields with their messages
        }
    }

    static class InviteEvent extends ComponentEvent<FacilitatorInviteForm> {
        private final FacilitatorInvitation invitation;

        InviteEvent(FacilitatorInviteForm source, FacilitatorInvitation invitation) {
            super(source, false);
            this.invitation = invitation;
        }

        FacilitatorInvitation invitation() {
            return invitation;
        }
    }

    static class CloseEvent extends ComponentEvent<FacilitatorInviteForm> {
        CloseEvent(FacilitatorInviteForm source) {
            super(source, false);
        }
    }

    Registration addInviteListener(ComponentEventListener<InviteEvent> listener) {
        return addListener(InviteEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
