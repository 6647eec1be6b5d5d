package fr.journees.itinerary.ui;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.LazyChoices;
import fr.journees.itinerary.StopDraft;
import fr.journees.itinerary.StopView;

/** A stop: the place, its theme, its speakers, how long the group stays and walks there. */
class StopForm extends FormLayout {

    static final class Values {
        Choice place;
        String theme = "";
        Integer duration = 20;
        Integer walk;
        Set<Choice> speakers = new LinkedHashSet<>();
    }

    final ComboBox<Choice> place = new ComboBox<>();
    final TextField theme = new TextField();
    final IntegerField duration = new IntegerField();
    final IntegerField walk = new IntegerField();
    final MultiSelectComboBox<Choice> speakers = new MultiSelectComboBox<>();
    private final Binder<Values> binder = new Binder<>();
    private final Values values = new Values();

    StopForm(LazyChoices.Page places, ToIntFunction<String> countPlaces, LazyChoices.Page people,
             ToIntFunction<String> countPeople, int defaultWalk) {
        setId("stop-form");
        place.setId("stop-place");
        place.setLabel(getTranslation("stop.place"));
        LazyChoices.bind(place, places, countPlaces);
        theme.setId("stop-theme");
        theme.setLabel(getTranslation("stop.theme"));
        theme.setMaxLength(300);
        duration.setId("stop-duration");
        duration.setLabel(getTranslation("stop.duration"));
        duration.setSuffixComponent(new com.vaadin.flow.component.html.Span("min"));
        walk.setId("stop-walk");
        walk.setLabel(getTranslation("stop.walk"));
        walk.setHelperText(getTranslation("stop.walk.help", defaultWalk));
        walk.setSuffixComponent(new com.vaadin.flow.component.html.Span("min"));
        speakers.setId("stop-speakers");
        speakers.setLabel(getTranslation("stop.speakers"));
        LazyChoices.bind(speakers, people, countPeople);
        add(place, theme, duration, walk, speakers);
        setColspan(place, 2);
        setColspan(theme, 2);
        setColspan(speakers, 2);

        binder.forField(place).asRequired(getTranslation("stop.error.place"))
                .bind(v -> v.place, (v, x) -> v.place = x);
        binder.forField(theme).bind(v -> v.theme, (v, x) -> v.theme = x);
        binder.forField(duration).asRequired(getTranslation("stop.error.duration"))
                .withValidator(new IntegerRangeValidator(getTranslation("stop.error.duration"), 1, 600))
                .bind(v -> v.duration, (v, x) -> v.duration = x);
        binder.forField(walk)
                .withValidator(new IntegerRangeValidator(getTranslation("stop.error.walk"), 0, 240))
                .bind(v -> v.walk, (v, x) -> v.walk = x);
        binder.forField(speakers).bind(v -> v.speakers, (v, x) -> v.speakers = new LinkedHashSet<>(x));
    }

    void edit(StopView stop) {
        if (stop != null) {
            values.place = new Choice(stop.placeId(), stop.placeName());
            values.theme = stop.theme() == null ? "" : stop.theme();
            values.duration = stop.durationMinutes();
            values.walk = stop.walkMinutesBefore();
            values.speakers = new LinkedHashSet<>(stop.speakers().stream()
                    .map(s -> new Choice(s.id(), s.fullName())).toList());
        }
        binder.readBean(values);
    }

    Optional<StopDraft> draft() {
        if (!binder.writeBeanIfValid(values)) {
            return Optional.empty();
        }
        var text = values.theme == null || values.theme.isBlank() ? null : values.theme.strip();
        return Optional.of(new StopDraft(values.place.id(), text, values.duration, values.walk,
                values.speakers.stream().map(Choice::id).toList()));
    }
}
