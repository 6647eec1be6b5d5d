package fr.journees.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import fr.journees.event.ProgrammeKind;
import fr.journees.event.ProgrammeSlot;
import fr.journees.support.BundleI18nProvider;

class ProgrammeSlotFormTest {

    ProgrammeSlotForm form;

    @BeforeEach
    void openANewSlot() {
        BundleI18nProvider.setUpFrench();
        form = new ProgrammeSlotForm(new DirectoryChoices(null));
        UI.getCurrent().add(form);
        form.edit(null, LocalTime.of(9, 0));
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void a_new_slot_starts_at_the_suggested_time_and_needs_a_title() {
        assertThat(form.start.getValue()).isEqualTo(LocalTime.of(9, 0));
        assertThat(form.draft()).isEmpty();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Donnez un intitulé au créneau.");
    }

    @Test
    void a_title_longer_than_the_record_allows_is_refused_and_kept() {
        form.title.setValue("x".repeat(301));
        assertThat(form.draft()).isEmpty();
        assertThat(form.title.getErrorMessage()).isEqualTo("300 caractères au maximum.");
        assertThat(form.title.getValue()).hasSize(301);
    }

    @Test
    void a_filled_slot_gives_its_draft_with_blank_texts_as_nothing() {
        form.title.setValue("  Accueil café  ");
        form.kind.setValue(ProgrammeKind.WELCOME);
        form.end.setValue(LocalTime.of(9, 30));
        var draft = form.draft().orElseThrow();
        assertThat(draft.title()).isEqualTo("Accueil café");
        assertThat(draft.description()).isNull();
        assertThat(draft.kind()).isEqualTo(ProgrammeKind.WELCOME);
        assertThat(draft.placeId()).isNull();
    }

    @Test
    void an_older_free_text_place_is_kept_and_shown_until_a_place_is_picked() {
        form.edit(new ProgrammeSlot(4, LocalTime.of(12, 0), null, ProgrammeKind.MEAL, "Déjeuner", null,
                "Salle des fêtes", "Salle des fêtes", null, 0), LocalTime.of(9, 0));
        assertThat(form.place.getHelperText()).contains("Salle des fêtes");
        assertThat(form.draft().orElseThrow().locationText()).isEqualTo("Salle des fêtes");
    }

    @Test
    void an_end_before_the_start_is_refused_at_the_end() {
        form.title.setValue("Plénière");
        form.end.setValue(LocalTime.of(8, 0));
        assertThat(form.draft()).isEmpty();
        assertThat(form.end.getErrorMessage()).isEqualTo("La fin doit être après le début.");
    }
}
