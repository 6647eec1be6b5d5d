package fr.journees.itinerary.ui;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.ValidationException;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.LazyChoices;
import fr.journees.base.ui.Localized;
import fr.journees.directory.ui.DraftBinder;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryDraft;
import fr.journees.itinerary.ItineraryRejected;
import fr.journees.itinerary.ItineraryView;

/** Name, colour, capacity, departure and guides of an itinerary; the rules are those of {@link ItineraryDraft}. */
class ItineraryForm extends FormLayout {

    final TextField name = new TextField();
    final Select<ItineraryColour> colour = new Select<>();
    final IntegerField capacity = new IntegerField();
    final TimePicker departure = Localized.timePicker();
    final MultiSelectComboBox<Choice> guides = Localized.multiSelect();
    private final DraftBinder<ItineraryDraft> binder = new DraftBinder<>(ItineraryDraft.class, this);
    private final Map<Long, Choice> knownGuides = new LinkedHashMap<>();

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
        departure.setId("itinerary-departure");
        departure.setLabel(getTranslation("itinerary.departure"));
        departure.setStep(java.time.Duration.ofMinutes(5));
        guides.setId("itinerary-guides");
        guides.setLabel(getTranslation("itinerary.guides"));
        LazyChoices.bind(guides, people, countPeople);
        add(name, colour, capacity, departure, guides);
        setColspan(guides, 2);

        binder.forField(name).withConverter(String::strip, value -> value).withNullRepresentation("").bind("name");
        binder.forField(colour).bind("colour");
        binder.forField(capacity).bind("capacity");
        binder.forField(departure).bind("departure");
        binder.forField(guides).withConverter(this::ids, this::choices).bind("guideIds");
    }

    private List<Long> ids(Set<Choice> chosen) {
        chosen.forEach(choice -> knownGuides.put(choice.id(), choice));
        return chosen.stream().map(Choice::id).toList();
    }

    private Set<Choice> choices(List<Long> ids) {
        var chosen = new LinkedHashSet<Choice>();
        ids.stream().map(knownGuides::get).filter(java.util.Objects::nonNull).forEach(chosen::add);
        return chosen;
    }

    void edit(ItineraryView itinerary, ItineraryColour freeColour, LocalTime defaultDeparture) {
        knownGuides.clear();
        if (itinerary == null) {
            binder.readRecord(new ItineraryDraft(null, freeColour, null, defaultDeparture, List.of()));
            return;
        }
        itinerary.guides().forEach(g -> knownGuides.put(g.id(), new Choice(g.id(), g.fullName())));
        binder.readRecord(new ItineraryDraft(itinerary.name(), itinerary.colour(), itinerary.capacity(),
                itinerary.departure(), itinerary.guides().stream().map(g -> g.id()).toList()));
    }

    /** The draft when every field is valid; otherwise the fields show what is wrong. */
    Optional<ItineraryDraft> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            DraftBinder.focusFirstWrong(invalid);
            return Optional.empty();
        }
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
