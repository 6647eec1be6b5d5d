package fr.journees.itinerary.ui;

import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.LazyChoices;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryDraft;
import fr.journees.itinerary.ItineraryRejected;
import fr.journees.itinerary.ItineraryView;

/** Name, colour, capacity, departure and guides of an itinerary. */
class ItineraryForm extends FormLayout {

    /** What the form edits; the Binder writes into it only when every field is valid. */
    static final class Values {
        String name = "";
        ItineraryColour colour;
        Integer capacity;
        LocalTime departure;
        Set<Choice> guides = new LinkedHashSet<>();
    }

    final TextField name = new TextField();
    final Select<ItineraryColour> colour = new Select<>();
    final IntegerField capacity = new IntegerField();
    final TimePicker departure = new TimePicker();
    final MultiSelectComboBox<Choice> guides = new MultiSelectComboBox<>();
    private final Binder<Values> binder = new Binder<>();
    private final Values values = new Values();

    ItineraryForm(LazyChoices.Page people, java.util.function.ToIntFunction<String> countPeople) {
        setId("itinerary-form");
        name.setId("itinerary-name");
        name.setLabel(getTranslation("itinerary.name"));
        colour.setId("itinerary-colour");
        colour.setLabel(getTranslation("itinerary.colour"));
        colour.setItems(ItineraryColour.values());
        colour.setItemLabelGenerator(c -> getTranslation("itinerary.colour." + c.name()));
        capacity.setId("itinerary-capacity");
        capacity.setLabel(getTranslation("itinerary.capacity"));
        capacity.setHelperText(getTranslation("itinerary.capacity.help"));
        capacity.setMin(0);
        departure.setId("itinerary-departure");
        departure.setLabel(getTranslation("itinerary.departure"));
        departure.setStep(java.time.Duration.ofMinutes(5));
        guides.setId("itinerary-guides");
        guides.setLabel(getTranslation("itinerary.guides"));
        LazyChoices.bind(guides, people, countPeople);
        add(name, colour, capacity, departure, guides);
        setColspan(guides, 2);

        binder.forField(name).asRequired(getTranslation("itinerary.error.name"))
                .withValidator(new StringLengthValidator(getTranslation("itinerary.error.nameLength"), 1, 100))
                .bind(v -> v.name, (v, x) -> v.name = x.strip());
        binder.forField(colour).asRequired(getTranslation("itinerary.error.colour"))
                .bind(v -> v.colour, (v, x) -> v.colour = x);
        binder.forField(capacity)
                .withValidator(new IntegerRangeValidator(getTranslation("itinerary.error.capacity"), 0, 100_000))
                .bind(v -> v.capacity, (v, x) -> v.capacity = x);
        binder.forField(departure).asRequired(getTranslation("itinerary.error.departure"))
                .bind(v -> v.departure, (v, x) -> v.departure = x);
        binder.forField(guides).bind(v -> v.guides, (v, x) -> v.guides = new LinkedHashSet<>(x));
    }

    void edit(ItineraryView itinerary, ItineraryColour freeColour, LocalTime defaultDeparture) {
        if (itinerary == null) {
            values.colour = freeColour;
            values.departure = defaultDeparture;
        } else {
            values.name = itinerary.name();
            values.colour = itinerary.colour();
            values.capacity = itinerary.capacity();
            values.departure = itinerary.departure();
            values.guides = new LinkedHashSet<>(itinerary.guides().stream()
                    .map(g -> new Choice(g.id(), g.fullName())).toList());
        }
        binder.readBean(values);
    }

    /** The draft when every field is valid; otherwise the fields show what is wrong. */
    Optional<ItineraryDraft> draft() {
        if (!binder.writeBeanIfValid(values)) {
            return Optional.empty();
        }
        List<Long> guideIds = values.guides.stream().map(Choice::id).toList();
        return Optional.of(new ItineraryDraft(values.name, values.colour, values.capacity, values.departure,
                guideIds));
    }

    void show(ItineraryRejected rejected) {
        if (rejected.reason() == ItineraryRejected.Reason.NAME_TAKEN) {
            name.setErrorMessage(getTranslation("itinerary.error.nameTaken"));
            name.setInvalid(true);
        } else {
            colour.setErrorMessage(getTranslation("itinerary.error.colourTaken"));
            colour.setInvalid(true);
        }
    }
}
