package fr.journees.messaging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import org.springframework.dao.OptimisticLockingFailureException;

import fr.journees.base.ui.UnsavedChanges;
import fr.journees.base.ui.Notifications;
import fr.journees.directory.ui.DraftBinder;
import fr.journees.event.EventHeader;
import fr.journees.messaging.ScheduledMailKind;
import fr.journees.messaging.ScheduledMailSettings;
import fr.journees.messaging.ScheduledMailsService;

/**
 * The day's reminder (some days before) and thank-you (the day after, with the survey link): each
 * switched on or off, with its editable subject and body, and how many already went.
 */
class ScheduledMailsEditor extends VerticalLayout implements UnsavedChanges {

    private final EventHeader event;
    private final ScheduledMailsService scheduled;
    private final DraftBinder<ScheduledMailSettings> binder = new DraftBinder<>(ScheduledMailSettings.class, this);
    private final Paragraph reminderState = new Paragraph();
    private final Paragraph thanksState = new Paragraph();
    private int version;

    ScheduledMailsEditor(EventHeader event, ScheduledMailsService scheduled) {
        this.event = event;
        this.scheduled = scheduled;
        setId("scheduled-mails");
        binder.addValueChangeListener(e -> guardedBrowserClose(binder.hasChanges()));
        addDetachListener(e -> UnsavedChanges.guardBrowserClose(this, false));
        setPadding(false);
        var reminderOn = checkbox("reminderEnabled", "scheduled-reminder-enabled");
        var days = new IntegerField(getTranslation("messaging.scheduled.daysBefore"));
        days.setId("scheduled-reminder-days");
        days.setMin(1);
        days.setMax(30);
        days.setStepButtonsVisible(true);
        binder.forField(days).bind("reminderDaysBefore");
        var thanksOn = checkbox("thanksEnabled", "scheduled-thanks-enabled");
        reminderState.setId("scheduled-reminder-state");
        thanksState.setId("scheduled-thanks-state");
        var save = new Button(getTranslation("messaging.scheduled.save"), e -> save());
        save.setId("scheduled-save");
        save.setEnabled(event.editable());
        add(new H3(getTranslation("messaging.scheduled.title")),
                new Paragraph(getTranslation("messaging.scheduled.intro")),
                new H4(getTranslation("messaging.scheduled.reminder")), reminderOn, days,
                subject("reminderSubject", "scheduled-reminder-subject"), body("reminderBody", "scheduled-reminder-body"),
                reminderState,
                new H4(getTranslation("messaging.scheduled.thanks")), thanksOn,
                subject("thanksSubject", "scheduled-thanks-subject"), body("thanksBody", "scheduled-thanks-body"),
                thanksState, new PlaceholderHelp("scheduled-placeholders"), save);
        read();
    }

    private Checkbox checkbox(String property, String id) {
        var box = new Checkbox(getTranslation("messaging.scheduled." + property));
        box.setId(id);
        binder.forField(box).bind(property);
        box.setRequiredIndicatorVisible(false);
        return box;
    }

    private TextField subject(String property, String id) {
        var field = new TextField(getTranslation("messaging.compose.subject"));
        field.setId(id);
        field.setWidthFull();
        binder.forField(field).withNullRepresentation("").bind(property);
        return field;
    }

    private TextArea body(String property, String id) {
        var field = new TextArea(getTranslation("messaging.compose.body"));
        field.setId(id);
        field.setWidthFull();
        field.setMinHeight("10em");
        binder.forField(field).withNullRepresentation("").bind(property);
        return field;
    }

    private void read() {
        var stored = scheduled.schedule(event.id(), getLocale());
        version = stored.version();
        binder.readRecord(stored.settings());
        reminderState.setText(getTranslation("messaging.scheduled.sentCount",
                scheduled.sentCount(event.id(), ScheduledMailKind.REMINDER)));
        thanksState.setText(getTranslation("messaging.scheduled.sentCount",
                scheduled.sentCount(event.id(), ScheduledMailKind.THANKS)));
    }

    private void save() {
        try {
            scheduled.save(event.id(), version, binder.writeRecord());
            Notifications.success(getTranslation("messaging.scheduled.saved"));
            read();
        } catch (ValidationException invalid) {
            Notifications.error(getTranslation("messaging.scheduled.invalid"));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            Notifications.error(getTranslation("messaging.scheduled.conflict"));
            read();
        }
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
