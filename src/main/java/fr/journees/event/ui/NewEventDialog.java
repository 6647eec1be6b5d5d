package fr.journees.event.ui;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import fr.journees.base.ui.Localized;
import fr.journees.base.ui.FormDialog;
import fr.journees.event.EventDraft;
import fr.journees.event.EventRejected;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;

/** A new draft event from its title, date and hours; the rest is filled in the editor. */
class NewEventDialog extends FormDialog {

    NewEventDialog(EventService events) {
        this(events, new Fields());
    }

    private NewEventDialog(EventService events, Fields fields) {
        super("", fields.layout, () -> fields.create(events));
        setHeaderTitle(getTranslation("event.new"));
    }

    private static final class Fields {
        final TextField title = new TextField();
        final DatePicker date = Localized.datePicker();
        final TimePicker start = Localized.timePicker();
        final TimePicker end = Localized.timePicker();
        final FormLayout layout = new FormLayout(title, date, start, end);

        Fields() {
            start.setValue(LocalTime.of(9, 0));
            end.setValue(LocalTime.of(17, 0));
            layout.setId("new-event-form");
            title.setId("new-event-title");
            title.setLabel(layout.getTranslation("event.field.title"));
            title.setMaxLength(300);
            date.setId("new-event-date");
            date.setLabel(layout.getTranslation("event.date"));
            start.setId("new-event-start");
            start.setLabel(layout.getTranslation("event.field.start"));
            start.setStep(Duration.ofMinutes(5));
            end.setId("new-event-end");
            end.setLabel(layout.getTranslation("event.field.end"));
            end.setStep(Duration.ofMinutes(5));
            layout.setColspan(title, 2);
        }

        boolean create(EventService events) {
            title.setInvalid(title.getValue().isBlank());
            title.setErrorMessage(layout.getTranslation("event.error.title"));
            date.setInvalid(date.getValue() == null);
            date.setErrorMessage(layout.getTranslation("event.error.date"));
            boolean hoursOk = start.getValue() != null && end.getValue() != null
                    && end.getValue().isAfter(start.getValue());
            end.setInvalid(!hoursOk);
            end.setErrorMessage(layout.getTranslation("event.error.endBeforeStart"));
            if (title.isInvalid() || date.isInvalid() || end.isInvalid()) {
                return false;
            }
            try {
                var slug = events.freeSlug(title.getValue(), date.getValue(), null);
                long id = events.create(new EventDraft(slug, title.getValue().strip(), null, null, date.getValue(),
                        start.getValue(), end.getValue(), null, EventStatus.DRAFT, null, null, null, false, 5),
                        List.of(), List.of());
                layout.getUI().ifPresent(ui -> ui.navigate(EventEditorView.class, EventEditorView.parameters(id)));
                return true;
            } catch (EventRejected rejected) {
                title.setErrorMessage(layout.getTranslation("event.error." + rejected.reason().name()));
                title.setInvalid(true);
                return false;
            }
        }
    }
}
