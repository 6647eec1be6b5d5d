package fr.journees.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The upcoming copy is dated from the day it is loaded, whatever that day. */
class UpcomingBayonneDayTest {

    @Test
    void the_copy_follows_the_day_it_is_loaded_with_registration_open_until_two_days_before() {
        var today = LocalDate.of(2031, 2, 27);
        var event = UpcomingBayonneDay.create(today).event();

        assertThat(event.date()).isEqualTo(LocalDate.of(2031, 3, 20));
        assertThat(event.registrationOpensAt().toLocalDate()).isBefore(today);
        assertThat(event.registrationClosesAt().toLocalDate()).isEqualTo(LocalDate.of(2031, 3, 18));
        assertThat(event.slug()).isNotEqualTo(BayonneDemoDay.create().event().slug());
        assertThat(event.status()).isEqualTo("PUBLISHED");
    }

    @Test
    void more_people_register_than_there_are_places_so_that_the_waitlist_shows() {
        assertThat(UpcomingBayonneDay.participants()).hasSizeGreaterThan(UpcomingBayonneDay.CAPACITY);
        assertThat(UpcomingBayonneDay.fiches()).extracting(UpcomingBayonneDay.Fiche::feasibility)
                .containsExactlyInAnyOrder("GREEN", "ORANGE", "RED", "UNKNOWN");
    }
}
