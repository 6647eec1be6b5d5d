package fr.journees.itinerary.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.LazyChoices;
import fr.journees.base.ui.Localized;
import fr.journees.directory.ui.DraftBinder;
import fr.journees.itinerary.StopDraft;
import fr.journees.itinerary.StopView;

/**
 * A stop: the place, its theme, its speakers, how long the group stays and walks there. The rules are
 * those of {@link StopDraft}. A place or a speaker missing from the directory is created from its
 * picker; the walk from the previous stop is proposed from the two places' coordinates.
 */
class StopForm extends FormLayout {

    final ComboBox<Choice> place = new ComboBox<>();
    final TextField theme = new TextField();
    final IntegerField duration = new IntegerField();
    final IntegerField walk = new IntegerField();
    final MultiSelectComboBox<Choice> speakers = Localized.multiSelect();
    private final DraftBinder<StopDraft> binder = new DraftBinder<>(StopDraft.class, this);
    private final Map<Long, Choice> knownPlaces = new LinkedHashMap<>();
    private final Map<Long, Choice> knownPeople = new LinkedHashMap<>();
    private final StopHelp help;
    private final int defaultWalk;
    private Long previousPlaceId;
    private boolean walkTyped;

    StopForm(LazyChoices.Page places, ToIntFunction<String> countPlaces, LazyChoices.Page people,
             ToIntFunction<String> countPeople, int defaultWalk, StopHelp help) {
        this.help = help;
        this.defaultWalk = defaultWalk;
        setId("stop-form");
        place.setId("stop-place");
        place.setLabel(getTranslation("stop.place"));
        LazyChoices.bind(place, places, countPlaces);
        creatable(place, places, help::createPlace, place::setValue);
        theme.setId("stop-theme");
        theme.setLabel(getTranslation("stop.theme"));
        duration.setId("stop-duration");
        duration.setLabel(getTranslation("stop.duration"));
        duration.setSuffixComponent(new Span("min"));
        walk.setId("stop-walk");
        walk.setLabel(getTranslation("stop.walk"));
        walk.setHelperText(getTranslation("stop.walk.help", defaultWalk));
        walk.setSuffixComponent(new Span("min"));
        speakers.setId("stop-speakers");
        speakers.setLabel(getTranslation("stop.speakers"));
        LazyChoices.bind(speakers, people, countPeople);
        creatable(speakers, people, help::createPerson, speakers::select);
        add(place, theme, duration, walk, speakers);
        setColspan(place, 2);
        setColspan(theme, 2);
        setColspan(speakers, 2);

        binder.forField(place).withConverter(choice -> choice == null ? null : choice.id(), this::known)
                .bind("placeId");
        binder.forField(theme).withConverter(String::strip, value -> value).withNullRepresentation("")
                .bind("theme");
        binder.forField(duration).asRequired(getTranslation("directory.validation.NotNull")).bind("durationMinutes");
        binder.forField(walk).bind("walkMinutesBefore");
        binder.forField(speakers).withConverter(this::ids, this::choices).bind("speakerIds");
        walk.addValueChangeListener(e -> walkTyped |= e.isFromClient());
        place.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                knownPlaces.put(e.getValue().id(), e.getValue());
                proposeWalk(e.getValue().id());
            }
        });
    }

    /** The place of the stop before this one (none for the first stop): the walk is proposed from it. */
    void walkingFrom(Long placeId) {
        this.previousPlaceId = placeId;
    }

    private void proposeWalk(long placeId) {
        if (previousPlaceId == null || walkTyped) {
            return;
        }
        var minutes = help.walk(previousPlaceId, placeId);
        if (minutes.isPresent()) {
            walk.setValue(minutes.getAsInt());
            walk.setHelperText(getTranslation("stop.walk.proposed", minutes.getAsInt()));
        } else {
            walk.setHelperText(getTranslation("stop.walk.help", defaultWalk));
        }
    }

    private static void creatable(ComboBoxBase<?, Choice, ?> combo, LazyChoices.Page page,
                                  BiConsumer<String, BiConsumer<Long, String>> create, Consumer<Choice> pick) {
        combo.setAllowCustomValue(true);
        combo.setHelperText(combo.getTranslation("event.picker.createHelp"));
        // Enter in the picker picks or creates; it must not also save the dialog around the form.
        combo.getElement().executeJs("this.addEventListener('keydown', e => { if (e.key === 'Enter') "
                + "e.stopPropagation(); })");
        combo.addCustomValueSetListener(e -> {
            var typed = e.getDetail() == null ? "" : e.getDetail().strip();
            if (typed.isEmpty()) {
                return;
            }
            var found = page.fetch(typed, 0, 2);
            if (found.size() == 1) {
                pick.accept(found.get(0));
            } else {
                create.accept(typed, (id, name) -> pick.accept(new Choice(id, name)));
            }
        });
    }

    private Choice known(Long id) {
        return id == null ? null : knownPlaces.get(id);
    }

    private List<Long> ids(Set<Choice> chosen) {
        chosen.forEach(choice -> knownPeople.put(choice.id(), choice));
        return chosen.stream().map(Choice::id).toList();
    }

    private Set<Choice> choices(List<Long> ids) {
        var chosen = new LinkedHashSet<Choice>();
        ids.stream().map(knownPeople::get).filter(java.util.Objects::nonNull).forEach(chosen::add);
        return chosen;
    }

    void edit(StopView stop) {
        knownPlaces.clear();
        knownPeople.clear();
        if (stop == null) {
            binder.readRecord(new StopDraft(null, null, 20, null, List.of()));
            walkTyped = false;
            return;
        }
        knownPlaces.put(stop.placeId(), new Choice(stop.placeId(), stop.placeName()));
        stop.speakers().forEach(s -> knownPeople.put(s.id(), new Choice(s.id(), s.fullName())));
        binder.readRecord(new StopDraft(stop.placeId(), stop.theme(), stop.durationMinutes(),
                stop.walkMinutesBefore(), stop.speakers().stream().map(s -> s.id()).toList()));
        // A walk already set for this stop is the organiser's: changing the place does not overwrite it.
        walkTyped = stop.walkMinutesBefore() != null;
    }

    Optional<StopDraft> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            DraftBinder.focusFirstWrong(invalid);
            return Optional.empty();
        }
    }
}
