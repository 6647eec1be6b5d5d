package fr.journees.chantier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.support.JourneesSpringTest;

@JourneesSpringTest
@Tag("database")
@Transactional
class ChantierServiceTest {

    @Autowired ChantierService service;
    @Autowired DSLContext dsl;

    ChantierFixture f;

    @BeforeEach
    void anEventWithTwoWorkshops() {
        f = ChantierFixture.create(dsl);
    }

    @Test
    void of_two_people_who_loaded_the_same_version_the_first_save_wins_and_the_second_gets_both_texts() {
        long id = service.create(f.facilitator(), f.workshopId(), "Groupe 1");
        var lea = service.load(f.facilitator(), id);
        var olga = service.load(f.organiser(), id);

        var leaText = ChantierFixture.content("Groupe 1", "Ateliers parents-enfants", "Lea’s objectives",
                Feasibility.GREEN, true);
        var olgaText = ChantierFixture.content("Groupe 1", "Café numérique", "Olga’s objectives",
                Feasibility.ORANGE, true);
        int saved = service.save(f.facilitator(), id, lea.version(), leaText);
        var conflict = catchThrowableOfType(SheetConflict.class,
                () -> service.save(f.organiser(), id, olga.version(), olgaText));

        assertThat(saved).isEqualTo(1);
        assertThat(conflict).isNotNull();
        assertThat(conflict.theirs().content().keyTitle()).isEqualTo("Ateliers parents-enfants");
        assertThat(conflict.theirs().version()).isEqualTo(1);
        assertThat(conflict.mine().keyTitle()).isEqualTo("Café numérique");
        assertThat(service.load(f.organiser(), id).content().keyTitle()).isEqualTo("Ateliers parents-enfants");

        int kept = service.save(f.organiser(), id, conflict.theirs().version(), conflict.mine());
        assertThat(kept).as("keep mine saves on top of theirs").isEqualTo(2);
        assertThat(service.load(f.facilitator(), id).content().objectives()).isEqualTo("Olga’s objectives");
    }

    @Test
    void a_facilitator_cannot_read_or_write_a_sheet_of_a_workshop_they_do_not_lead() {
        long marcs = service.create(f.otherFacilitator(), f.otherWorkshopId(), "Groupe de Marc");
        var content = ChantierFixture.content("Groupe de Marc", "Intrusion", null, Feasibility.RED, false);

        assertThatThrownBy(() -> service.load(f.facilitator(), marcs)).isInstanceOf(NotYourWorkshop.class);
        assertThatThrownBy(() -> service.save(f.facilitator(), marcs, 0, content)).isInstanceOf(NotYourWorkshop.class);
        assertThatThrownBy(() -> service.history(f.facilitator(), marcs)).isInstanceOf(NotYourWorkshop.class);
        assertThatThrownBy(() -> service.delete(f.facilitator(), marcs, 0)).isInstanceOf(NotYourWorkshop.class);
        assertThatThrownBy(() -> service.saveDraft(f.facilitator(), marcs, 0, content))
                .isInstanceOf(NotYourWorkshop.class);
        assertThatThrownBy(() -> service.sheets(f.facilitator(), f.otherWorkshopId()))
                .isInstanceOf(NotYourWorkshop.class);
        assertThatThrownBy(() -> service.create(f.facilitator(), f.otherWorkshopId(), "Groupe pirate"))
                .isInstanceOf(NotYourWorkshop.class);
        assertThatThrownBy(() -> service.banque(f.facilitator(), f.eventId())).isInstanceOf(NotYourWorkshop.class);
        assertThat(service.load(f.otherFacilitator(), marcs).content().keyTitle()).isNull();
    }

    @Test
    void a_facilitator_sees_only_the_workshops_they_lead_and_an_organiser_sees_all() {
        assertThat(service.workshops(f.facilitator())).extracting(ChantierWorkshop::id)
                .containsExactly(f.workshopId());
        assertThat(service.workshops(f.organiser())).extracting(ChantierWorkshop::id)
                .contains(f.workshopId(), f.otherWorkshopId());
        long id = service.create(f.organiser(), f.otherWorkshopId(), "Groupe A");
        assertThat(service.load(f.organiser(), id).id()).isEqualTo(id);
    }

    @Test
    void every_save_keeps_a_version_and_an_old_one_is_restored_as_a_new_save() {
        long id = service.create(f.facilitator(), f.workshopId(), "Groupe 2");
        service.save(f.facilitator(), id, 0, ChantierFixture.content("Groupe 2", "Premier titre", "v1",
                Feasibility.ORANGE, false));
        service.save(f.facilitator(), id, 1, ChantierFixture.content("Groupe 2", "Second titre", "v2",
                Feasibility.GREEN, false));

        var history = service.history(f.facilitator(), id);
        assertThat(history).extracting(Revision::version).containsExactly(2, 1, 0);
        assertThat(history.get(1).content().keyTitle()).isEqualTo("Premier titre");
        assertThat(history.get(0).editor()).isEqualTo("Léa Animatrice");

        int restored = service.restore(f.facilitator(), id, 2, 1);

        assertThat(restored).isEqualTo(3);
        var sheet = service.load(f.facilitator(), id);
        assertThat(sheet.content().keyTitle()).isEqualTo("Premier titre");
        assertThat(sheet.content().feasibility()).isEqualTo(Feasibility.ORANGE);
        assertThat(service.history(f.facilitator(), id)).hasSize(4);
    }

    @Test
    void flagging_a_key_chantier_takes_the_flag_off_the_other_sheets_of_the_same_group() {
        long first = service.create(f.facilitator(), f.workshopId(), "Groupe 3");
        long second = service.create(f.facilitator(), f.workshopId(), "Groupe 3");
        long otherGroup = service.create(f.facilitator(), f.workshopId(), "Groupe 4");
        service.save(f.facilitator(), first, 0, ChantierFixture.content("Groupe 3", "A", null, Feasibility.RED, true));
        service.save(f.facilitator(), otherGroup, 0,
                ChantierFixture.content("Groupe 4", "C", null, Feasibility.RED, true));
        service.save(f.facilitator(), second, 0,
                ChantierFixture.content("Groupe 3", "B", null, Feasibility.GREEN, true));

        assertThat(service.load(f.facilitator(), first).content().keyChantier()).isFalse();
        assertThat(service.load(f.facilitator(), second).content().keyChantier()).isTrue();
        assertThat(service.load(f.facilitator(), otherGroup).content().keyChantier()).isTrue();
        assertThat(service.board(f.eventId())).extracting(BoardCard::keyTitle).containsExactly("B", "C")
                .as("sorted by group within the workshop");
    }

    @Test
    void a_draft_is_kept_per_person_until_they_save() {
        long id = service.create(f.facilitator(), f.workshopId(), "Groupe 5");
        var typed = ChantierFixture.content("Groupe 5", "En cours de frappe", null, Feasibility.UNKNOWN, false);

        service.saveDraft(f.facilitator(), id, 0, typed);

        assertThat(service.draft(f.facilitator(), id)).get().satisfies(d -> {
            assertThat(d.content().keyTitle()).isEqualTo("En cours de frappe");
            assertThat(d.baseVersion()).isZero();
        });
        assertThat(service.draft(f.organiser(), id)).isEmpty();
        service.save(f.facilitator(), id, 0, typed);
        assertThat(service.draft(f.facilitator(), id)).isEmpty();
    }

    @Test
    void deleting_a_sheet_that_changed_meanwhile_is_refused() {
        long id = service.create(f.facilitator(), f.workshopId(), "Groupe 6");
        service.save(f.organiser(), id, 0, ChantierFixture.content("Groupe 6", "X", null, Feasibility.RED, false));

        assertThatThrownBy(() -> service.delete(f.facilitator(), id, 0)).isInstanceOf(SheetConflict.class);
        service.delete(f.facilitator(), id, 1);
        assertThatThrownBy(() -> service.load(f.facilitator(), id)).isInstanceOf(SheetGone.class);
    }
}
