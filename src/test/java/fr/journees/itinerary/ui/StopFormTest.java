package fr.journees.itinerary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import fr.journees.base.ui.Choice;
import fr.journees.itinerary.PersonRef;
import fr.journees.itinerary.StopView;
import fr.journees.support.BundleI18nProvider;

class StopFormTest {

    /** The walk between places 1 and 2 is 7 minutes; no other pair is located. */
    static final StopHelp LOCATED = new StopHelp() {
        @Override
        public void createPlace(String typed, BiConsumer<Long, String> created) {
            created.accept(99L, typed);
        }

        @Override
        public void createPerson(String typed, BiConsumer<Long, String> created) {
        }

        @Override
        public OptionalInt walk(long from, long to) {
            return from == 1 && to == 2 ? OptionalInt.of(7) : OptionalInt.empty();
        }
    };

    StopForm form;

    @BeforeEach
    void openANewStop() {
        BundleI18nProvider.setUpFrench();
        form = new StopForm((f, o, l) -> List.of(), f -> 0, (f, o, l) -> List.of(), f -> 0, 5, LOCATED);
        UI.getCurrent().add(form);
        form.edit(null);
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void a_stop_without_a_place_is_refused_at_the_place() {
        assertThat(form.draft()).isEmpty();
        assertThat(form.place.isInvalid()).isTrue();
        assertThat(form.place.getErrorMessage()).isEqualTo("Choisissez le lieu de l’arrêt.");
    }

    @Test
    void a_duration_beyond_the_records_limits_is_refused_and_an_empty_one_is_required() {
        form.place.setValue(new Choice(2, "Médiathèque"));
        form.duration.setValue(601);
        assertThat(form.draft()).isEmpty();
        assertThat(form.duration.getErrorMessage()).isEqualTo("Saisissez une valeur inférieure ou égale à 600.");
        form.duration.clear();
        assertThat(form.draft()).isEmpty();
        assertThat(form.duration.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
    }

    @Test
    void the_walk_from_the_previous_stop_is_proposed_from_the_coordinates() {
        form.walkingFrom(1L);
        form.place.setValue(new Choice(2, "Médiathèque"));
        assertThat(form.walk.getValue()).isEqualTo(7);
        assertThat(form.walk.getHelperText()).contains("7 min");
        assertThat(form.draft().orElseThrow().walkMinutesBefore()).isEqualTo(7);
    }

    @Test
    void a_walk_the_organiser_set_is_not_overwritten_by_the_proposal() {
        form.edit(new StopView(5, 1, 3, "Marché", null, 20, 12, List.of(new PersonRef(8, "Ane"))));
        form.walkingFrom(1L);
        form.place.setValue(new Choice(2, "Médiathèque"));
        assertThat(form.walk.getValue()).isEqualTo(12);
        var draft = form.draft().orElseThrow();
        assertThat(draft.placeId()).isEqualTo(2L);
        assertThat(draft.speakerIds()).containsExactly(8L);
    }
}
