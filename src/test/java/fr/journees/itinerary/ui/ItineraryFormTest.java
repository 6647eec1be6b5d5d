package fr.journees.itinerary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryView;
import fr.journees.itinerary.PersonRef;
import fr.journees.support.BundleI18nProvider;

class ItineraryFormTest {

    ItineraryForm form;

    @BeforeEach
    void openANewItinerary() {
        BundleI18nProvider.setUpFrench();
        form = new ItineraryForm((f, o, l) -> List.of(), f -> 0);
        UI.getCurrent().add(form);
        form.edit(null, ItineraryColour.values()[0], LocalTime.of(9, 30));
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void a_new_itinerary_needs_a_name_and_keeps_the_proposed_colour_and_departure() {
        assertThat(form.draft()).isEmpty();
        assertThat(form.name.getErrorMessage()).isEqualTo("Donnez un nom au parcours.");
        form.name.setValue("  Parcours vert ");
        var draft = form.draft().orElseThrow();
        assertThat(draft.name()).isEqualTo("Parcours vert");
        assertThat(draft.departure()).isEqualTo(LocalTime.of(9, 30));
        assertThat(draft.colour()).isEqualTo(ItineraryColour.values()[0]);
    }

    @Test
    void a_capacity_beyond_the_records_limit_is_refused_at_the_capacity() {
        form.name.setValue("Parcours vert");
        form.capacity.setValue(100_001);
        assertThat(form.draft()).isEmpty();
        assertThat(form.capacity.getErrorMessage()).matches("Saisissez une valeur inférieure ou égale à 100.000\\.");
    }

    @Test
    void a_name_longer_than_the_record_allows_is_refused_and_kept() {
        form.name.setValue("p".repeat(101));
        assertThat(form.draft()).isEmpty();
        assertThat(form.name.getErrorMessage()).isEqualTo("100 caractères au maximum.");
        assertThat(form.name.getValue()).hasSize(101);
    }

    @Test
    void a_stored_itinerary_gives_back_its_guides() {
        form.edit(new ItineraryView(3, "Parcours rose", ItineraryColour.values()[1], 25, LocalTime.of(10, 0), 0,
                List.of(new PersonRef(4, "Maite")), List.of()), ItineraryColour.values()[0], LocalTime.of(9, 0));
        var draft = form.draft().orElseThrow();
        assertThat(draft.guideIds()).containsExactly(4L);
        assertThat(draft.capacity()).isEqualTo(25);
    }
}
