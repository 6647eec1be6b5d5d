package fr.journees.event.ui;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import fr.journees.base.ui.Choice;
import fr.journees.event.ProgrammeItemDraft;
import fr.journees.event.ProgrammeKind;
import fr.journees.event.ProgrammeSlot;

/** One slot of the programme: when, what kind, what, where. */
class ProgrammeSlotForm extends FormLayout {

    static final class Values {
        LocalTime start;
        LocalTime end;
        ProgrammeKind kind = ProgrammeKind.OTHER;
        String title = "";
        String description = "";
        String location = "";
        Choice place;
    }

    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final Select<ProgrammeKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextField location = new TextField();
    final ComboBox<Choice> place = new ComboBox<>();
    private final Binder<Values> binder = new Binder<>();
    private final Values values = new Values();

    ProgrammeSlotForm(DirectoryChoices choices) {
        setId("slot-form");
        start.setId("slot-start");
        start.setLabel(getTranslation("programme.start"));
        start.setStep(Duration.ofMinutes(5));
        end.setId("slot-end");
        end.setLabel(getTranslation("programme.end"));
        end.setHelperText(getTranslation("programme.end.help"));
        end.setStep(Duration.ofMinutes(5));
        kind.setId("slot-kind");
        kind.setLabel(getTranslation("programme.kind"));
        kind.setItems(ProgrammeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("programme.kind." + k.name()));
        title.setId("slot-title");
        title.setLabel(getTranslation("programme.slotTitle"));
        description.setId("slot-description");
        description.setLabel(getTranslation("programme.description"));
        location.setId("slot-location");
        location.setLabel(getTranslation("programme.location"));
        place.setId("slot-place");
        place.setLabel(getTranslation("programme.place"));
        choices.places(place);
        add(start, end, kind, title, description, location, place);
        setColspan(title, 2);
        setColspan(description, 2);

        binder.forField(start).asRequired(getTranslation("programme.error.start")).bind(v -> v.start, (v, x) -> v.start = x);
        binder.forField(end)
                .withValidator(x -> x == null || start.getValue() == null || x.isAfter(start.getValue()),
                        getTranslation("programme.error.end"))
                .bind(v -> v.end, (v, x) -> v.end = x);
        binder.forField(kind).asRequired(getTranslation("programme.error.kind")).bind(v -> v.kind, (v, x) -> v.kind = x);
        // Lengths are checked here, with a message, rather than by a maxlength that the browser enforces silently.
        binder.forField(title).asRequired(getTranslation("programme.error.title"))
                .withValidator(new StringLengthValidator(getTranslation("programme.error.length", 300), 0, 300))
                .bind(v -> v.title, (v, x) -> v.title = x);
        binder.forField(description).bind(v -> v.description, (v, x) -> v.description = x);
        binder.forField(location)
                .withValidator(new StringLengthValidator(getTranslation("programme.error.length", 300), 0, 300))
                .bind(v -> v.location, (v, x) -> v.location = x);
        binder.forField(place).bind(v -> v.place, (v, x) -> v.place = x);
    }

    void edit(ProgrammeSlot slot, LocalTime suggestedStart) {
        if (slot == null) {
            values.start = suggestedStart;
        } else {
            values.start = slot.start();
            values.end = slot.end();
            values.kind = slot.kind();
            values.title = slot.title();
            values.description = slot.description() == null ? "" : slot.description();
            values.location = slot.locationText() == null ? "" : slot.locationText();
            values.place = slot.placeId() == null ? null : new Choice(slot.placeId(), slot.location());
        }
        binder.readBean(values);
    }

    Optional<ProgrammeItemDraft> draft() {
        if (!binder.writeBeanIfValid(values)) {
            return Optional.empty();
        }
        return Optional.of(new ProgrammeItemDraft(values.start, values.end, values.kind, values.title.strip(),
                blankToNull(values.description), blankToNull(values.location),
                values.place == null ? null : values.place.id()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
