package fr.journees.apiaccess.ui;

import java.util.function.ToIntFunction;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;

import fr.journees.directory.ui.DraftBinder;
import fr.journees.base.ui.DialogButtons;
import fr.journees.apiaccess.ApiKeyDraft;
import fr.journees.base.ui.Choice;
import fr.journees.base.ui.LazyChoices;

/** A new API key: its name and the event it may read, none meaning every event. */
class ApiKeyForm extends FormLayout {

    private final TextField name = new TextField();
    private final ComboBox<Choice> event = new ComboBox<>();
    private final DraftBinder<ApiKeyDraft> binder = new DraftBinder<>(ApiKeyDraft.class, this);

    ApiKeyForm(LazyChoices.Page events, ToIntFunction<String> countEvents) {
        setId("api-key-form");
        name.setId("api-key-name");
        name.setLabel(getTranslation("api.key.name"));
        name.setHelperText(getTranslation("api.key.name.help"));
        name.setMaxLength(100);
        event.setId("api-key-event");
        event.setLabel(getTranslation("api.key.event"));
        event.setPlaceholder(getTranslation("api.key.scope.all"));
        event.setHelperText(getTranslation("api.key.event.help"));
        event.setClearButtonVisible(true);
        LazyChoices.bind(event, events, countEvents);
        binder.forField(name).bind("name");
        // Only ever reads an empty draft: a key's scope is chosen once, at creation.
        binder.forField(event).withConverter(choice -> choice == null ? null : choice.id(), id -> event.getValue())
                .bind("eventId");
        var create = new Button(getTranslation("api.key.create"), e -> validateAndCreate());
        create.setId("api-key-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button(getTranslation("action.cancel"), e -> fireEvent(new CloseEvent(this)));
        cancel.setId("api-key-cancel");
        add(name, event, DialogButtons.row(null, cancel, create));
        setColspan(name, 2);
        setColspan(event, 2);
        binder.readRecord(new ApiKeyDraft("", null));
    }

    private void validateAndCreate() {
        try {
            fireEvent(new CreateEvent(this, binder.writeRecord()));
        } catch (ValidationException invalid) {
            // the binder has marked the fields and their messages
        }
    }

    static class CreateEvent extends ComponentEvent<ApiKeyForm> {
        private final ApiKeyDraft draft;

        CreateEvent(ApiKeyForm source, ApiKeyDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ApiKeyDraft draft() {
            return draft;
        }
    }

    static class CloseEvent extends ComponentEvent<ApiKeyForm> {
        CloseEvent(ApiKeyForm source) {
            super(source, false);
        }
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
