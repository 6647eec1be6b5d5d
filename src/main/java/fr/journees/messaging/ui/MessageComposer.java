package fr.journees.messaging.ui;

import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;

import fr.journees.base.ui.UnsavedChanges;
import fr.journees.base.ui.Choice;
import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.directory.ui.DraftBinder;
import fr.journees.event.EventHeader;
import fr.journees.messaging.Audience;
import fr.journees.messaging.MessageDraft;
import fr.journees.messaging.MessageRefused;
import fr.journees.messaging.MessagingService;
import fr.journees.messaging.Presence;
import fr.journees.registration.FillRates;
import fr.journees.registration.RegistrationStatus;

/**
 * Writing to the registrants of a day: whom (status, parcours, atelier, presence), the subject and body
 * with placeholders, a live preview with the first recipient's values and how many will receive it, a
 * test to oneself, then the sending, confirmed.
 */
class MessageComposer extends VerticalLayout implements UnsavedChanges {

    private final EventHeader event;
    private final MessagingService messaging;
    private final String organiser;
    private final Runnable onSent;
    private final DraftBinder<MessageDraft> binder = new DraftBinder<>(MessageDraft.class, this);
    private final CheckboxGroup<RegistrationStatus> statuses = new CheckboxGroup<>();
    private final Select<Choice> itinerary = new Select<>();
    private final Select<Choice> workshop = new Select<>();
    private final Select<Presence> presence = new Select<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Paragraph count = new Paragraph();
    private final Paragraph previewFor = new Paragraph();
    private final H4 previewSubject = new H4();
    private final Div previewBody = new Div();
    private final Button test = new Button();
    private final Button send = new Button();

    MessageComposer(EventHeader event, MessagingService messaging, FillRates rates, String organiser, Runnable onSent) {
        this.event = event;
        this.messaging = messaging;
        this.organiser = organiser;
        this.onSent = onSent;
        setId("message-composer");
        binder.addValueChangeListener(e -> guardedBrowserClose(binder.hasChanges()));
        addDetachListener(e -> UnsavedChanges.guardBrowserClose(this, false));
        setPadding(false);
        var preview = new VerticalLayout(preview(), actions());
        preview.setPadding(false);
        var columns = new FlexLayout(text(), preview);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.setWidthFull();
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        columns.getChildren().forEach(c -> ((com.vaadin.flow.component.HasStyle) c).getStyle().set("flex", "1 1 26em")
                .set("min-width", "0"));
        add(new H3(getTranslation("messaging.compose.title")), audience(rates), columns);
        refresh();
    }

    private HorizontalLayout audience(FillRates rates) {
        statuses.setId("message-statuses");
        statuses.setLabel(getTranslation("messaging.compose.statuses"));
        statuses.setItems(RegistrationStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("registration.status." + s.name()));
        statuses.setValue(EnumSet.of(RegistrationStatus.CONFIRMED));
        statuses.addValueChangeListener(e -> refresh());
        choices(itinerary, "message-itinerary", "registration.column.itinerary",
                rates.itineraries().stream().map(r -> new Choice(r.id(), r.label())).toList());
        choices(workshop, "message-workshop", "registration.column.workshop",
                rates.workshops().stream().map(r -> new Choice(r.id(), r.label())).toList());
        presence.setId("message-presence");
        presence.setLabel(getTranslation("messaging.compose.presence"));
        presence.setItems(Presence.values());
        presence.setItemLabelGenerator(p -> getTranslation("messaging.presence." + p.name()));
        presence.setValue(Presence.ANY);
        presence.setWidth("18em");
        presence.addValueChangeListener(e -> refresh());
        var row = new HorizontalLayout(statuses, itinerary, workshop, presence);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void choices(Select<Choice> select, String id, String labelKey, List<Choice> items) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("registration.admin.all"));
        select.setItemLabelGenerator(c -> c == null ? getTranslation("registration.admin.all") : c.label());
        select.setVisible(!items.isEmpty());
        select.addValueChangeListener(e -> refresh());
    }

    private VerticalLayout text() {
        subject.setId("message-subject");
        subject.setLabel(getTranslation("messaging.compose.subject"));
        subject.setWidthFull();
        body.setId("message-body");
        body.setLabel(getTranslation("messaging.compose.body"));
        body.setWidthFull();
        body.setMinHeight("12em");
        for (var field : List.of(subject, body)) {
            field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        }
        subject.addValueChangeListener(e -> refresh());
        body.addValueChangeListener(e -> refresh());
        binder.forField(subject).withNullRepresentation("").bind("subject");
        binder.forField(body).withNullRepresentation("").bind("body");
        var box = new VerticalLayout(subject, body, new PlaceholderHelp("message-placeholders"));
        box.setPadding(false);
        return box;
    }

    private Div preview() {
        count.setId("message-count");
        previewFor.setId("message-preview-for");
        previewSubject.setId("message-preview-subject");
        previewBody.setId("message-preview-body");
        previewBody.getStyle().set("white-space", "pre-line");
        var box = new Div(count, previewFor, previewSubject, previewBody);
        box.setId("message-preview");
        box.addClassName("message-preview");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        return box;
    }

    private HorizontalLayout actions() {
        test.setText(getTranslation("messaging.compose.test", organiser));
        test.setId("message-test");
        test.addClickListener(e -> sendTest());
        send.setText(getTranslation("messaging.compose.send"));
        send.setId("message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> confirmSend());
        return new HorizontalLayout(test, send);
    }

    private Audience currentAudience() {
        return new Audience(statuses.getValue(), itinerary.getValue() == null ? null : itinerary.getValue().id(),
                workshop.getValue() == null ? null : workshop.getValue().id(), presence.getValue());
    }

    private void refresh() {
        var preview = messaging.preview(event.id(), subject.getValue(), body.getValue(), currentAudience());
        count.setText(getTranslation("messaging.compose.count", preview.count()));
        previewFor.setText(preview.recipientName() == null ? getTranslation("messaging.compose.previewNobody")
                : getTranslation("messaging.compose.previewFor", preview.recipientName()));
        previewSubject.setText(preview.subject());
        previewBody.setText(preview.text());
        boolean someone = preview.count() > 0 && event.editable();
        test.setEnabled(someone && !organiser.isBlank());
        send.setEnabled(someone);
    }

    private MessageDraft draft() throws ValidationException {
        return binder.writeRecord();
    }

    private void sendTest() {
        try {
            messaging.sendTest(event.id(), draft(), currentAudience(), organiser, getLocale());
            Notifications.success(getTranslation("messaging.compose.testSent", organiser));
        } catch (ValidationException invalid) {
            subject.focus();
        } catch (MessageRefused refused) {
            Notifications.error(getTranslation(refused.key()));
        }
    }

    private void confirmSend() {
        MessageDraft draft;
        try {
            draft = draft();
        } catch (ValidationException invalid) {
            subject.focus();
            return;
        }
        int n = messaging.preview(event.id(), draft.subject(), draft.body(), currentAudience()).count();
        Confirm.step("message-confirm", getTranslation("messaging.confirm.title"),
                getTranslation("messaging.confirm.text", draft.subject(), n), getTranslation("messaging.confirm.send"),
                () -> send(draft));
    }

    private void send(MessageDraft draft) {
        try {
            int n = messaging.send(event.id(), draft, currentAudience(), audienceLabel(), organiser);
            Notifications.success(getTranslation("messaging.compose.sent", n));
            binder.readRecord(new MessageDraft(null, null));
            onSent.run();
        } catch (MessageRefused refused) {
            Notifications.error(getTranslation(refused.key()));
        }
    }

    /** To whom, in words, for the list of sent messages. */
    private String audienceLabel() {
        var parts = new java.util.ArrayList<String>();
        parts.add(String.join(", ", statuses.getValue().stream().sorted()
                .map(s -> getTranslation("registration.status." + s.name())).toList()));
        if (itinerary.getValue() != null) {
            parts.add(itinerary.getValue().label());
        }
        if (workshop.getValue() != null) {
            parts.add(workshop.getValue().label());
        }
        if (presence.getValue() != Presence.ANY) {
            parts.add(getTranslation("messaging.presence." + presence.getValue().name()));
        }
        return String.join(" · ", parts);
    }

    /** A text typed and not sent (or saved) yet: leaving the tab asks first. */
    @Override
    public boolean hasUnsavedChanges() {
        return binder.hasChanges();
    }

    private boolean browserCloseGuarded;

    /** Tells the browser only when it changes, not at every key typed. */
    private void guardedBrowserClose(boolean unsaved) {
        if (unsaved != browserCloseGuarded) {
            browserCloseGuarded = unsaved;
            UnsavedChanges.guardBrowserClose(this, unsaved);
        }
    }
}
