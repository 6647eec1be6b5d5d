package fr.journees.registration;

import static fr.journees.db.Tables.REGISTRATION;
import static fr.journees.registration.OpenDay.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.registration.CheckinOutcome.Answer;
import fr.journees.support.JourneesSpringTest;

/** Arrivals at the door on the real database: one per person, whatever the doors do at once. */
@JourneesSpringTest
@Tag("database")
class AttendanceServiceTest {

    @Autowired AttendanceService attendance;
    @Autowired RegistrationService registrations;
    @Autowired OpenDay days;
    @Autowired org.jooq.DSLContext dsl;
    @Autowired fr.journees.mail.MailService mails;

    long eventId;
    long otherDay;
    long green;

    @BeforeEach
    void aDay() {
        eventId = days.create("accueil", 12);
        otherDay = days.create("autre", null);
        green = days.itinerary(eventId, "Parcours vert", ItineraryColour.GREEN, null);
    }

    @AfterEach
    void removeTheDays() {
        days.remove(eventId);
        days.remove(otherDay);
    }

    private RegistrationView register(String name) {
        // An address the mailer can deliver: the name without its accents.
        var email = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                + "@door.test";
        var outcome = registrations.addByHand(eventId, person(name, email, green, null));
        return registrations.byId(outcome.id()).orElseThrow();
    }

    @Test
    void every_registration_gets_a_short_check_in_code_distinct_from_its_token() {
        var r = register("Amaia");

        assertThat(r.checkinCode()).matches("[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(r.token()).doesNotContain(r.checkinCode());
    }

    @Test
    void the_confirmation_mail_gives_the_check_in_code() {
        var r = register("Mailed");

        var mail = mails.forRegistration(r.id()).stream().findFirst().orElseThrow();
        assertThat(mail.text()).contains("Votre code d’accueil", CheckinCodes.display(r.checkinCode()));
        assertThat(mail.html()).contains(CheckinCodes.display(r.checkinCode()));
    }

    @Test
    void a_code_checks_in_once_then_answers_already_present_and_keeps_who_and_where() {
        var r = register("Beñat");
        var typed = " " + CheckinCodes.display(r.checkinCode()).toLowerCase() + " ";

        var first = attendance.checkInByCode(eventId, typed, "orga@journees.test", "Entrée nord");
        var second = attendance.checkInByCode(eventId, r.checkinCode(), "bénévole", null);

        assertThat(first.answer()).isEqualTo(Answer.ARRIVED);
        assertThat(first.entry().checkedInBy()).isEqualTo("orga@journees.test");
        assertThat(first.entry().door()).isEqualTo("Entrée nord");
        assertThat(first.entry().itinerary()).isEqualTo("Parcours vert");
        assertThat(first.entry().colour()).isEqualTo(ItineraryColour.GREEN.hex());
        assertThat(second.answer()).isEqualTo(Answer.ALREADY_PRESENT);
        assertThat(second.entry().checkedInAt()).isEqualTo(first.entry().checkedInAt());
        assertThat(registrations.byId(r.id()).orElseThrow().checkedInAt()).isNotNull();
    }

    @Test
    void unknown_codes_codes_of_another_day_cancelled_and_waitlisted_people_each_get_their_own_answer() {
        var cancelled = register("Cancelled");
        registrations.cancel(cancelled.id(), null);
        var elsewhere = registrations.byId(registrations.addByHand(otherDay,
                person("Ailleurs", "ailleurs@door.test", null, null)).id()).orElseThrow();
        for (int i = 0; i < 12; i++) {
            register("Full" + i);
        }
        var waiting = register("Waiting");

        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(attendance.checkInByCode(eventId, "ZZZZ-ZZZZ", "x", null).answer()).isEqualTo(Answer.UNKNOWN_CODE);
        assertThat(attendance.checkInByCode(eventId, "https://x/r/abc", "x", null).answer())
                .isEqualTo(Answer.UNKNOWN_CODE);
        var other = attendance.checkInByCode(eventId, elsewhere.checkinCode(), "x", null);
        assertThat(other.answer()).isEqualTo(Answer.OTHER_DAY);
        assertThat(other.entry()).as("nothing of another day is shown").isNull();
        assertThat(attendance.checkInByCode(eventId, cancelled.checkinCode(), "x", null).answer())
                .isEqualTo(Answer.CANCELLED);
        assertThat(attendance.checkIn(eventId, waiting.id(), "x", null).answer()).isEqualTo(Answer.WAITLISTED);
        assertThat(attendance.entry(eventId, waiting.id()).orElseThrow().present()).isFalse();
        assertThat(attendance.entry(eventId, cancelled.id()).orElseThrow().present()).isFalse();
        assertThat(attendance.entry(otherDay, elsewhere.id()).orElseThrow().present()).isFalse();
    }

    @Test
    void fifty_threads_scanning_the_same_ten_codes_record_exactly_ten_arrivals() throws Exception {
        var people = new ArrayList<RegistrationView>();
        for (int i = 0; i < 10; i++) {
            people.add(register("Rush" + i));
        }
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(50);
        var futures = new ArrayList<Future<CheckinOutcome>>();
        for (int t = 0; t < 50; t++) {
            var code = people.get(t % 10).checkinCode();
            futures.add(pool.submit((Callable<CheckinOutcome>) () -> {
                start.await();
                return attendance.checkInByCode(eventId, code, "door", null);
            }));
        }
        start.countDown();
        var answers = new ArrayList<Answer>();
        for (var f : futures) {
            answers.add(f.get().answer());
        }
        pool.shutdown();

        assertThat(answers).filteredOn(a -> a == Answer.ARRIVED).hasSize(10);
        assertThat(answers).filteredOn(a -> a == Answer.ALREADY_PRESENT).hasSize(40);
        assertThat(attendance.summary(eventId).present()).isEqualTo(10);
    }

    @Test
    void an_arrival_can_be_undone_and_recorded_again() {
        var r = register("Undo");
        attendance.checkIn(eventId, r.id(), "x", null);

        assertThat(attendance.undo(eventId, r.id())).isTrue();
        assertThat(attendance.undo(eventId, r.id())).isFalse();
        assertThat(attendance.entry(eventId, r.id()).orElseThrow().present()).isFalse();
        assertThat(attendance.checkIn(eventId, r.id(), "x", null).answer()).isEqualTo(Answer.ARRIVED);
    }

    @Test
    void marking_no_shows_closes_check_in_and_can_be_undone_or_reopened_for_corrections() {
        var came = register("Came");
        var late = register("Late");
        var absent = register("Absent");
        attendance.checkIn(eventId, came.id(), "x", null);

        assertThat(attendance.markNoShows(eventId, "orga")).isEqualTo(2);
        assertThat(attendance.summary(eventId).noShows()).isEqualTo(2);
        assertThat(attendance.checkIn(eventId, late.id(), "x", null).answer()).isEqualTo(Answer.CLOSED);

        attendance.reopen(eventId);
        assertThat(attendance.checkIn(eventId, late.id(), "x", null).answer()).isEqualTo(Answer.ARRIVED);
        assertThat(attendance.entry(eventId, late.id()).orElseThrow().noShowAt()).isNull();
        assertThat(attendance.summary(eventId).noShows()).isEqualTo(1);

        attendance.markNoShows(eventId, "orga");
        assertThat(attendance.undoNoShows(eventId)).isEqualTo(1);
        assertThat(attendance.closed(eventId)).isFalse();
        assertThat(attendance.entry(eventId, absent.id()).orElseThrow().noShowAt()).isNull();
    }

    @Test
    void search_finds_by_name_organisation_or_email_word_by_word_and_the_summary_counts_per_itinerary() {
        var r = register("Maialen");
        register("Other");
        attendance.checkIn(eventId, r.id(), "x", null);

        assertThat(attendance.search(eventId, "maialen etcheverry")).extracting(DoorEntry::id).containsExactly(r.id());
        assertThat(attendance.search(eventId, "Mairie")).hasSize(2);
        assertThat(attendance.search(eventId, "maialen@door")).hasSize(1);
        var summary = attendance.summary(eventId);
        assertThat(summary.present()).isEqualTo(1);
        assertThat(summary.expected()).isEqualTo(2);
        assertThat(summary.itineraries()).singleElement()
                .satisfies(g -> assertThat(List.of(g.present(), g.expected())).containsExactly(1, 2));
        assertThat(summary.arrivals()).singleElement().satisfies(s -> assertThat(s.arrivals()).isEqualTo(1));
    }

    @Test
    void the_stamp_changes_when_someone_arrives_so_other_doors_redraw() {
        var r = register("Stamp");
        var before = attendance.stamp(eventId);

        attendance.checkIn(eventId, r.id(), "x", null);

        assertThat(attendance.stamp(eventId)).isNotEqualTo(before);
    }

    @Test
    void an_organiser_forces_a_place_at_a_full_day_and_the_reason_is_kept() {
        for (int i = 0; i < 12; i++) {
            register("Full" + i);
        }
        var normal = registrations.addByHand(eventId, person("Walk", "walk@door.test", green, null));
        var forced = registrations.addByHandForcingAPlace(eventId, person("Forced", "forced@door.test", green, null),
                "Intervenante de l’après-midi");

        assertThat(normal.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(forced.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        var view = registrations.byId(forced.id()).orElseThrow();
        assertThat(view.itineraryId()).isEqualTo(green);
        assertThat(registrations.fillRates(eventId).event().confirmed()).isEqualTo(13);
        assertThat(dsl.select(REGISTRATION.FORCED_REASON).from(REGISTRATION).where(REGISTRATION.ID.eq(forced.id()))
                .fetchSingle(REGISTRATION.FORCED_REASON)).isEqualTo("Intervenante de l’après-midi");
    }
}
