package fr.journees.event.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.base.ui.Localized;
import fr.journees.base.ui.FormDialog;
import fr.journees.event.EventDetails;
import fr.journees.event.EventRejected;
import fr.journees.event.EventService;

/** Copies an event to plan another day: same programme, parcours and workshops, a new date. */
class DuplicateDialog extends FormDialog {

    DuplicateDialog(EventService events, EventDetails source) {
        this(events, source, new TextField(), Localized.datePicker());
    }

    private DuplicateDialog(EventService events, EventDetails source, TextField title, DatePicker date) {
        super(source.title(), new FormLayout(title, date), () -> duplicate(events, source, title, date));
        setHeaderTitle(getTranslation("event.duplicate.title", source.title()));
        title.setId("duplicate-title");
        title.setLabel(getTranslation("event.field.title"));
        title.setValue(source.title());
        title.setRequired(true);
        date.setId("duplicate-date");
        date.setLabel(getTranslation("event.date"));
        date.setValue(source.date().plusYears(1));
        date.setRequired(true);
    }

    private static boolean duplicate(EventService events, EventDetails source, TextField title, DatePicker date) {
        title.setInvalid(title.getValue().isBlank());
        date.setInvalid(date.getValue() == null);
        if (title.isInvalid() || date.isInvalid()) {
            title.setErrorMessage(title.getTranslation("event.error.title"));
            date.setErrorMessage(date.getTranslation("event.error.date"));
            return false;
        }
        try {
            var slug = events.freeSlug(title.getValue(), date.getValue(), null);
            long copy = events.duplicate(source.id(), slug, title.getValue().strip(), date.getValue());
            title.getUI().ifPresent(ui -> ui.navigate(EventEditorView.class, EventEditorView.parameters(copy)));
            return true;
        } catch (EventRejected rejected) {
            title.setErrorMessage(title.getTranslation("event.error." + rejected.reason().name()));
            title.setInvalid(true);
            return false;
        }
    }
}
