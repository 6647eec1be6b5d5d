package fr.journees.chantier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.journees.chantier.Feasibility;
import fr.journees.chantier.SheetContent;
import fr.journees.support.BundleI18nProvider;

/** The sheet form alone, without Spring, in French. */
class SheetFormTest {

    SheetForm form;

    @BeforeEach
    void setUp() {
        BundleI18nProvider.setUpFrench();
        form = new SheetForm();
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    static SheetContent sheet(String group) {
        return new SheetContent(group, "Fracture numérique des seniors", "Un bus numérique", "On aura réussi si…",
                "Tournée hebdomadaire", "CCAS", "Médiateurs", "Bailleurs", "Conseillers numériques", "Budget",
                Feasibility.ORANGE, true, "Groupe 2");
    }

    @Test
    void gives_back_exactly_what_it_was_given_including_markup_and_emoji() {
        var content = sheet("<b>Groupe</b> 🚌 & co");
        form.write(content);
        assertThat(form.read()).isEqualTo(content);
    }

    @Test
    void a_sheet_without_group_is_refused_at_the_field_in_french_and_the_typing_is_kept() {
        form.write(sheet(" "));
        assertThat(form.valid()).isFalse();
        assertThat(form.groupName.isInvalid()).isTrue();
        assertThat(form.groupName.getErrorMessage()).isEqualTo("Indiquez le nom du groupe.");
        assertThat(form.read().enjeu()).isEqualTo("Fracture numérique des seniors");
    }

    @Test
    void a_new_sheet_starts_white_and_read_only_mode_locks_every_field() {
        assertThat(form.feasibility.getValue()).isEqualTo(Feasibility.UNKNOWN);
        form.setReadOnly(true);
        assertThat(form.enjeu.isReadOnly()).isTrue();
        assertThat(form.feasibility.isReadOnly()).isTrue();
        assertThat(form.keyChantier.isReadOnly()).isTrue();
    }

    @Test
    void a_text_over_the_limit_is_explained_at_its_field_and_kept() {
        var pasted = "x".repeat(70_000);
        form.write(sheet("Groupe 1"));
        form.obstacles.setValue(pasted);

        assertThat(form.valid()).isFalse();
        assertThat(form.obstacles.isInvalid()).isTrue();
        assertThat(form.obstacles.getErrorMessage()).startsWith("Ce texte est trop long").contains("70");
        assertThat(form.obstacles.getValue()).isEqualTo(pasted);
        assertThat(form.actions.isInvalid()).isFalse();

        form.obstacles.setValue("x".repeat(SheetContent.MAX_TEXT));
        assertThat(form.valid()).isTrue();
    }
}
