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
import com.vaadin.flow.data.binder.ValidationException;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.Localized;
import fr.journees.directory.ui.Carried;
import fr.journees.directory.ui.DraftBinder;
import fr.journees.event.ProgrammeItemDraft;
import fr.journees.event.ProgrammeKind;
import fr.journees.event.ProgrammeSlot;

/**
 * One slot of the programme: when, what kind, what, where. The place is one picker of the directory,
 * where a new place can be created; a free-text place of an older slot is kept until a place is picked.
 */
class ProgrammeSlotForm extends FormLayout {

    final TimePicker start = Localized.timePicker();
    final TimePicker end = Localized.timePicker();
    final Select<ProgrammeKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<Choice> place = new ComboBox<>();
    private final Carried<String> locationText = new Carried<>();
    private final DraftBinder<ProgrammeItemDraft> binder = new DraftBinder<>(ProgrammeItemDraft.class, this);
    private Choice placeChoice;
    private boolean reading;

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
        place.setId("slot-place");
        place.setLabel(getTranslation("programme.place"));
        place.setClearButtonVisible(true);
        choices.placesOrNew(place);
        // Enter in the picker picks or creates a place; it must not also save the dialog around the form.
        place.getElement().executeJs("this.addEventListener('keydown', e => { if (e.key === 'Enter') "
                + "e.stopPropagation(); })");
        add(start, end, kind, title, description, place);
        setColspan(title, 2);
        setColspan(description, 2);
        setColspan(place, 2);

        binder.forField(start).bind("start");
        binder.forField(end)
                .withValidator(x -> x == null || start.getValue() == null || x.isAfter(start.getValue()),
                        getTranslation("programme.error.end"))
                .bind("end");
        binder.forField(kind).bind("kind");
        text(title, "title");
        text(description, "description");
        binder.forField(locationText).bind("locationText");
        binder.forField(place).withConverter(choice -> choice == null ? null : choice.id(),
                id -> id == null || placeChoice == null ? null : placeChoice).bind("placeId");
        place.addValueChangeListener(e -> {
            if (!reading && e.getValue() != null) {
                locationText.setValue(null);
                place.setHelperText(getTranslation("event.picker.createHelp"));
            }
        });
    }

    private void text(com.vaadin.flow.component.HasValue<?, String> field, String property) {
        binder.forField(field).withConverter(String::strip, value -> value).withNullRepresentation("")
                .bind(property);
    }

    void edit(ProgrammeSlot slot, LocalTime suggestedStart) {
        if (slot == null) {
            placeChoice = null;
            binder.readRecord(new ProgrammeItemDraft(suggestedStart, null, ProgrammeKind.OTHER, null, null, null,
                    null));
            return;
        }
        placeChoice = slot.placeId() == null ? null : new Choice(slot.placeId(), slot.location());
        reading = true;
        binder.readRecord(slot.toDraft());
        reading = false;
        if (slot.placeId() == null && slot.locationText() != null) {
            place.setHelperText(getTranslation("programme.location.kept", slot.locationText()));
        }
    }

    Optional<ProgrammeItemDraft> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            DraftBinder.focusFirstWrong(invalid);
            return Optional.empty();
        }
    }
}
