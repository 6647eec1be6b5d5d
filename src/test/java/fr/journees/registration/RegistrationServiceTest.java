package fr.journees.registration;

import static fr.journees.registration.OpenDay.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import fr.journees.event.EventStatus;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.mail.MailService;
import fr.journees.mail.MailStatus;
import fr.journees.mail.OutboxMail;
import fr.journees.support.JourneesSpringTest;

@JourneesSpringTest
@Tag("database")
class RegistrationServiceTest {

    @Autowired RegistrationService registrations;
    @Autowired MailService mails;
    @Autowired OpenDay days;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    private long day(Integer capacity) {
        long id = days.create("service", capacity);
        created.add(id);
        return id;
    }

    @Test
    void confirms_into_the_preferred_itinerary_and_workshop_and_mails_the_programme() {
        long event = day(null);
        days.itinerary(event, "Vert", ItineraryColour.GREEN, 10);
        long pink = days.itinerary(event, "Rose", ItineraryColour.PINK, 10);
        long workshop = days.workshop(event, "Médiation", 5);

        var outcome = registrations.register(event, person("Maite", "Maite@Example.test", pink, workshop));

        assertThat(outcome.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        var view = registrations.byToken(outcome.token()).orElseThrow();
        assertThat(view.itineraryId()).isEqualTo(pink);
        assertThat(view.workshopId()).isEqualTo(workshop);
        assertThat(view.email()).isEqualTo("maite@example.test");
        var mail = mails.forRegistration(outcome.id());
        assertThat(mail).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MailStatus.KEPT);
            assertThat(m.subject()).startsWith("Inscription confirmée");
            assertThat(m.text()).contains("/r/" + outcome.token(), "Parcours : Rose");
            assertThat(m.attachment().contentType()).isEqualTo("text/calendar; charset=UTF-8; method=PUBLISH");
            assertThat(new String(m.attachment().content())).contains("BEGIN:VCALENDAR", "METHOD:PUBLISH");
        });
    }

    @Test
    void puts_the_participant_on_the_roomiest_itinerary_when_the_preferred_one_is_full() {
        long event = day(null);
        long green = days.itinerary(event, "Vert", ItineraryColour.GREEN, 1);
        long pink = days.itinerary(event, "Rose", ItineraryColour.PINK, 3);
        registrations.register(event, person("A", "a@x.test", green, null));

        var second = registrations.register(event, person("B", "b@x.test", green, null));

        var view = registrations.byId(second.id()).orElseThrow();
        assertThat(view.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(view.itineraryId()).isEqualTo(pink);
        assertThat(view.preferredItineraryId()).isEqualTo(green);
    }

    @Test
    void waitlists_the_registration_when_the_event_is_full_with_its_position() {
        long event = day(1);
        registrations.register(event, person("A", "a@x.test", null, null));

        var second = registrations.register(event, person("B", "b@x.test", null, null));
        var third = registrations.register(event, person("C", "c@x.test", null, null));

        assertThat(second.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(second.waitlistPosition()).isEqualTo(1);
        assertThat(third.waitlistPosition()).isEqualTo(2);
        assertThat(mails.forRegistration(third.id())).extracting(OutboxMail::subject)
                .singleElement().asString().startsWith("Liste d’attente");
    }

    @Test
    void cancelling_promotes_the_first_waitlisted_exactly_once_and_tells_them() {
        long event = day(1);
        var first = registrations.register(event, person("A", "a@x.test", null, null));
        var waiting = registrations.register(event, person("B", "b@x.test", null, null));
        var later = registrations.register(event, person("C", "c@x.test", null, null));

        registrations.cancel(first.token());
        registrations.cancel(first.token());

        assertThat(registrations.byId(waiting.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.byId(later.id()).orElseThrow().waitlistPosition()).isEqualTo(1);
        assertThat(mails.forRegistration(waiting.id())).extracting(OutboxMail::subject)
                .filteredOn(s -> s.startsWith("Une place s’est libérée")).hasSize(1);
        assertThat(mails.forRegistration(first.id())).extracting(OutboxMail::subject)
                .filteredOn(s -> s.startsWith("Inscription annulée")).hasSize(1);
    }

    @Test
    void refuses_a_second_registration_with_the_same_email() {
        long event = day(null);
        registrations.register(event, person("A", "same@x.test", null, null));

        assertThatThrownBy(() -> registrations.register(event, person("A", "SAME@x.test", null, null)))
                .isInstanceOfSatisfying(RegistrationRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(RegistrationRejected.Reason.ALREADY_REGISTERED));
    }

    @Test
    void refuses_the_public_form_outside_the_window_or_before_publication_but_organisers_can_add() {
        long notYet = days.create("bientot", null, EventStatus.PUBLISHED, LocalDateTime.now().plusDays(1),
                LocalDateTime.now().plusDays(2));
        long draft = days.create("brouillon", null, EventStatus.DRAFT, null, null);
        created.addAll(List.of(notYet, draft));

        for (long event : List.of(notYet, draft)) {
            assertThatThrownBy(() -> registrations.register(event, person("A", "a@x.test", null, null)))
                    .isInstanceOfSatisfying(RegistrationRejected.class,
                            e -> assertThat(e.reason()).isEqualTo(RegistrationRejected.Reason.CLOSED));
        }
        assertThat(registrations.addByHand(notYet, person("A", "a@x.test", null, null)).status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void a_change_to_a_full_itinerary_is_refused_and_a_stale_edit_is_never_saved() {
        long event = day(null);
        long green = days.itinerary(event, "Vert", ItineraryColour.GREEN, 1);
        long pink = days.itinerary(event, "Rose", ItineraryColour.PINK, 5);
        registrations.register(event, person("A", "a@x.test", green, null));
        var b = registrations.register(event, person("B", "b@x.test", pink, null));
        var seen = registrations.byId(b.id()).orElseThrow();

        assertThatThrownBy(() -> registrations.change(b.token(), seen.version(),
                seen.toRequest().withPreferences(green, null)))
                .isInstanceOfSatisfying(RegistrationRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(RegistrationRejected.Reason.ITINERARY_FULL));
        assertThat(registrations.byId(b.id()).orElseThrow().itineraryId()).isEqualTo(pink);

        registrations.edit(b.id(), seen.version(), seen.toRequest());
        assertThatThrownBy(() -> registrations.edit(b.id(), seen.version(), seen.toRequest()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void auto_assign_balances_those_without_an_itinerary_within_capacities() {
        long event = day(null);
        for (int i = 0; i < 4; i++) {
            registrations.register(event, person("P" + i, "p" + i + "@x.test", null, null));
        }
        long green = days.itinerary(event, "Vert", ItineraryColour.GREEN, 3);
        long pink = days.itinerary(event, "Rose", ItineraryColour.PINK, 1);

        assertThat(registrations.autoAssign(event)).isEqualTo(4);

        var all = registrations.all(event);
        assertThat(all).filteredOn(r -> r.itineraryId() == green).hasSize(3);
        assertThat(all).filteredOn(r -> r.itineraryId() == pink).hasSize(1);
    }

    @Test
    void tokens_are_long_random_and_distinct_and_the_lost_link_is_mailed_only_to_registered_people() {
        long event = day(null);
        var tokens = new HashSet<String>();
        for (int i = 0; i < 20; i++) {
            var outcome = registrations.register(event, person("P" + i, "p" + i + "@x.test", null, null));
            assertThat(outcome.token()).hasSizeGreaterThanOrEqualTo(22).matches("[A-Za-z0-9_-]+");
            tokens.add(outcome.token());
        }
        assertThat(tokens).hasSize(20);
        int before = mails.count(null);

        registrations.resendLink(event, "nobody@x.test");
        assertThat(mails.count(null)).isEqualTo(before);
        registrations.resendLink(event, " P3@x.test");
        assertThat(mails.page("p3@x.test", 0, 10)).extracting(OutboxMail::subject)
                .anyMatch(s -> s.startsWith("Votre lien personnel"));
        assertThat(registrations.byToken("../../etc")).isEmpty();
    }
}
