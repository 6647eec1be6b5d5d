package fr.journees.demo;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.MAIL_OUTBOX;
import static fr.journees.db.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.chantier.BoardCard;
import fr.journees.chantier.ChantierService;
import fr.journees.chantier.Feasibility;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.RegistrationService;
import fr.journees.sheets.SheetScope;
import fr.journees.sheets.SheetsService;
import fr.journees.support.JourneesSpringTest;

/**
 * A first run shows the whole product: beside the 2024 day, a copy three weeks ahead with registration
 * open, registrations and a waitlist, fiches of every colour and the first arrivals at the door.
 */
@JourneesSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpcomingDemoDayTest {

    @Autowired DemoDataLoader loader;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired ChantierService chantier;
    @Autowired SheetsService sheets;
    @Autowired DSLContext dsl;

    long eventId;

    @BeforeAll
    void loadTheUpcomingCopy() {
        loader.loadUpcoming();
        eventId = events.idBySlug(UpcomingBayonneDay.SLUG).orElseThrow();
    }

    /** The shared suite counts and searches days: the copy leaves as it came (a test that commits). */
    @AfterAll
    void removeTheCopy() {
        var registrations = dsl.select(REGISTRATION.ID).from(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(eventId));
        dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.REGISTRATION_ID.in(registrations)).execute();
        dsl.deleteFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(eventId)).execute();
        dsl.deleteFrom(EVENT).where(EVENT.ID.eq(eventId)).execute();
    }

    @Test
    void the_copy_is_dated_three_weeks_ahead_with_its_registration_open_now() {
        var day = events.details(eventId).orElseThrow();
        assertThat(day.date()).isEqualTo(LocalDate.now().plusDays(UpcomingBayonneDay.DAYS_AHEAD));
        assertThat(day.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(day.registrationOpensAt()).isBefore(LocalDateTime.now());
        assertThat(day.registrationClosesAt()).isAfter(LocalDateTime.now().plusDays(7));
        assertThat(day.title()).startsWith("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne");
    }

    @Test
    void the_copy_has_registrations_and_a_waitlist() {
        var rates = registrations.fillRates(eventId);
        assertThat(rates.event().confirmed()).isEqualTo(UpcomingBayonneDay.CAPACITY);
        assertThat(rates.waitlisted()).isEqualTo(UpcomingBayonneDay.participants().size() - UpcomingBayonneDay.CAPACITY);
    }

    @Test
    void the_door_has_let_the_first_participants_in() {
        var summary = attendance.summary(eventId);
        assertThat(summary.present()).isEqualTo((int) UpcomingBayonneDay.participants().stream()
                .filter(UpcomingBayonneDay.Participant::arrived).count());
        assertThat(summary.present()).isLessThan(summary.expected());
    }

    @Test
    void the_restitution_board_shows_a_fiche_of_every_colour() {
        assertThat(chantier.board(eventId)).extracting(BoardCard::feasibility)
                .containsExactlyInAnyOrder(Feasibility.values());
    }

    @Test
    void loading_the_demo_again_leaves_the_copy_as_it_is() {
        loader.loadUpcoming();
        assertThat(registrations.fillRates(eventId).event().confirmed()).isEqualTo(UpcomingBayonneDay.CAPACITY);
    }

    @Test
    void the_badges_show_each_participants_atelier_and_the_sign_in_sheet_their_arrival() throws IOException {
        var badges = sheets.badges(eventId, new SheetScope.WholeDay(), true, Locale.FRENCH);
        var signIn = sheets.signInSheet(eventId, new SheetScope.WholeDay(), Locale.FRENCH);
        Files.write(Path.of("target", "badges-bayonne-prochaine.pdf"), badges);
        Files.write(Path.of("target", "emargement-bayonne-prochaine.pdf"), signIn);
        try (var document = Loader.loadPDF(badges)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Atelier : Éducation aux médias", "Etchegaray", "Parcours vert");
        }
        try (var document = Loader.loadPDF(signIn)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Etchegaray", "✓", "Parcours vert", "Atelier : ");
        }
    }
}
