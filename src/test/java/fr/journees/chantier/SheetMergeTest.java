package fr.journees.chantier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetMergeTest {

    @Test
    void a_field_only_one_side_changed_takes_that_side_and_a_text_both_changed_keeps_both() {
        var base = ChantierFixture.content("G", "Titre", "Objectifs", Feasibility.UNKNOWN, false);
        var mine = ChantierFixture.content("G", "Titre à moi", "Objectifs", Feasibility.UNKNOWN, false);
        var theirs = ChantierFixture.content("G", "Titre à eux", "Leurs objectifs", Feasibility.GREEN, false);

        var merged = SheetMerge.merge(base, mine, theirs);

        assertThat(merged.keyTitle()).contains("Titre à moi").contains("Titre à eux");
        assertThat(merged.objectives()).isEqualTo("Leurs objectifs");
        assertThat(merged.feasibility()).isEqualTo(Feasibility.GREEN);
    }
}
