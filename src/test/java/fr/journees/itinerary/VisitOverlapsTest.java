package fr.journees.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.journees.event.ProgrammeKind;
import fr.journees.event.ProgrammeSlot;
import fr.journees.itinerary.planning.WalkingTime;

/** A group out walking must not miss a time everyone shares; the walk is proposed from coordinates. */
class VisitOverlapsTest {

    static final ItineraryView GREEN = new ItineraryView(1, "Parcours vert", ItineraryColour.values()[0], null,
            LocalTime.of(9, 0), 0, List.of(), List.of(new StopView(1, 1, 5, "Marché", null, 45, 5, List.of())));

    static ProgrammeSlot slot(ProgrammeKind kind, String title, LocalTime start, LocalTime end) {
        return new ProgrammeSlot(1, start, end, kind, title, null, null, null, null, 0);
    }

    @Test
    void the_default_departure_during_the_welcome_is_reported_when_there_is_no_visit_slot() {
        var plan = ItineraryService.plan(LocalTime.of(8, 30), LocalTime.of(16, 30), 5, List.of(GREEN),
                List.of(slot(ProgrammeKind.WELCOME, "Accueil café", LocalTime.of(8, 30), LocalTime.of(9, 15))));
        assertThat(plan.visitSlot()).isFalse();
        assertThat(plan.slotOverlaps()).containsExactly(
                new SlotOverlap("Parcours vert", "Accueil café", LocalTime.of(8, 30), LocalTime.of(9, 15)));
    }

    @Test
    void visits_and_workshops_run_in_parallel_and_a_slot_after_the_return_is_not_missed() {
        var plan = ItineraryService.plan(LocalTime.of(8, 30), LocalTime.of(16, 30), 5, List.of(GREEN), List.of(
                slot(ProgrammeKind.VISIT, "Visite", LocalTime.of(9, 0), LocalTime.of(12, 0)),
                slot(ProgrammeKind.WORKSHOP, "Ateliers", LocalTime.of(9, 0), LocalTime.of(10, 0)),
                slot(ProgrammeKind.MEAL, "Déjeuner", LocalTime.of(12, 0), LocalTime.of(13, 30))));
        assertThat(plan.visitSlot()).isTrue();
        assertThat(plan.slotOverlaps()).isEmpty();
    }

    @Test
    void the_walk_between_two_places_600_metres_apart_takes_about_eleven_minutes() {
        // Two points of Bayonne about 600 m apart, north to south.
        var minutes = WalkingTime.minutes(new BigDecimal("43.4929"), new BigDecimal("-1.4748"),
                new BigDecimal("43.4875"), new BigDecimal("-1.4748"));
        assertThat(minutes).hasValue(11);
        assertThat(WalkingTime.minutes(null, null, BigDecimal.ONE, BigDecimal.ONE)).isEmpty();
    }
}
