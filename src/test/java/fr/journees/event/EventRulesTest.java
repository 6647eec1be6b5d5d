package fr.journees.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class EventRulesTest {

    @Test
    void builds_a_readable_slug_from_title_and_year() {
        assertThat(Slugs.of("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne", LocalDate.of(2024, 10, 3)))
                .isEqualTo("visite-du-quartier-hauts-de-sainte-croix-mounede-a-bayonne-2024");
        assertThat(Slugs.of("Cœur d’Œuvre : l’atelier !", LocalDate.of(2026, 1, 1))).isEqualTo("coeur-d-oeuvre-l-atelier-2026");
        assertThat(Slugs.of("   ", LocalDate.of(2026, 1, 1))).isEqualTo("journee-2026");
        assertThat(Slugs.of("Journée 2026", LocalDate.of(2026, 1, 1))).isEqualTo("journee-2026");
        assertThat(Slugs.of("x".repeat(300), LocalDate.of(2026, 1, 1))).hasSize(100).endsWith("-2026")
                .matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Test
    void the_status_moves_one_step_forward_or_back() {
        assertThat(EventStatus.DRAFT.canMoveTo(EventStatus.PUBLISHED)).isTrue();
        assertThat(EventStatus.DRAFT.canMoveTo(EventStatus.ARCHIVED)).isFalse();
        assertThat(EventStatus.PUBLISHED.next()).containsExactlyInAnyOrder(EventStatus.DRAFT, EventStatus.CLOSED);
        assertThat(EventStatus.CLOSED.next()).containsExactlyInAnyOrder(EventStatus.PUBLISHED, EventStatus.ARCHIVED);
        assertThat(EventStatus.ARCHIVED.next()).containsExactly(EventStatus.CLOSED);
        assertThat(EventStatus.PUBLISHED.isPublic()).isTrue();
        assertThat(EventStatus.CLOSED.isPublic()).isFalse();
    }

    private static ProgrammeSlot slot(long id, String start, String end, ProgrammeKind kind) {
        return new ProgrammeSlot(id, LocalTime.parse(start), end == null ? null : LocalTime.parse(end), kind, "S" + id,
                null, null, null, null, 0);
    }

    @Test
    void flags_overlapping_slots_unless_both_run_in_parallel_groups() {
        var slots = List.of(slot(1, "09:00", "09:20", ProgrammeKind.WELCOME),
                slot(2, "09:15", "09:50", ProgrammeKind.PLENARY),
                slot(3, "09:50", "11:45", ProgrammeKind.VISIT),
                slot(4, "10:00", "11:00", ProgrammeKind.WORKSHOP),
                slot(5, "11:45", "11:55", ProgrammeKind.PLENARY));
        assertThat(ProgrammeOverlaps.flagged(slots)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void a_slot_without_end_is_an_instant_that_overlaps_only_what_surrounds_it() {
        var end = slot(1, "16:30", null, ProgrammeKind.CLOSING);
        assertThat(ProgrammeOverlaps.flagged(List.of(slot(2, "16:00", "16:30", ProgrammeKind.CLOSING), end))).isEmpty();
        assertThat(ProgrammeOverlaps.flagged(List.of(slot(2, "16:00", "17:00", ProgrammeKind.CLOSING), end)))
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void the_bayonne_programme_has_no_overlap() {
        var slots = List.of(slot(1, "09:00", "09:20", ProgrammeKind.WELCOME),
                slot(2, "09:20", "09:50", ProgrammeKind.PLENARY), slot(3, "09:50", "11:45", ProgrammeKind.VISIT),
                slot(4, "11:45", "11:55", ProgrammeKind.PLENARY), slot(5, "11:55", "13:00", ProgrammeKind.WORKSHOP),
                slot(6, "13:00", "14:15", ProgrammeKind.MEAL), slot(7, "14:15", "15:15", ProgrammeKind.PLENARY),
                slot(8, "15:15", "16:00", ProgrammeKind.PLENARY), slot(9, "16:00", "16:30", ProgrammeKind.CLOSING),
                slot(10, "16:30", null, ProgrammeKind.CLOSING));
        assertThat(ProgrammeOverlaps.flagged(slots)).isEmpty();
    }
}
