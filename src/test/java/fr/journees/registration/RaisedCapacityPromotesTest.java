package fr.journees.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryDraft;
import fr.journees.itinerary.ItineraryService;
import fr.journees.mail.MailService;
import fr.journees.support.JourneesSpringTest;

/** Committed for real: the promotion follows the commit of the raised capacity. */
@JourneesSpringTest
@Tag("database")
class RaisedCapacityPromotesTest {

    @Autowired RegistrationService registrations;
    @Autowired ItineraryService itineraries;
    @Autowired MailService mails;
    @Autowired OpenDay days;

    long eventId;
    long green;

    @BeforeEach
    void aDayWhoseOnlyItineraryHoldsOne() {
        eventId = days.create("capacite", null);
        green = days.itinerary(eventId, "Parcours vert", ItineraryColour.GREEN, 1);
    }

    @AfterEach
    void removeTheDay() {
        days.remove(eventId);
    }

    @Test
    void raising_an_itinerary_capacity_promotes_the_first_waitlisted_and_tells_them() {
        var first = registrations.register(eventId, OpenDay.person("Ana", "ana@capacite.test", green, null));
        var second = registrations.register(eventId, OpenDay.person("Beñat", "benat@capacite.test", green, null));
        var third = registrations.register(eventId, OpenDay.person("Cyril", "cyril@capacite.test", green, null));
        assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(second.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        int mailsBefore = mails.forRegistration(second.id()).size();

        var itinerary = itineraries.forEvent(eventId).get(0);
        itineraries.update(green, itinerary.version(), new ItineraryDraft(itinerary.name(), itinerary.colour(), 2,
                itinerary.departure()));

        assertThat(registrations.byId(second.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.byId(third.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(registrations.byId(third.id()).orElseThrow().waitlistPosition()).isEqualTo(1);
        assertThat(mails.forRegistration(second.id())).hasSize(mailsBefore + 1);
    }

    @Test
    void someone_who_cancelled_can_register_again_and_joins_the_end_of_the_queue() {
        var first = registrations.register(eventId, OpenDay.person("Ana", "ana@capacite.test", green, null));
        var waiting = registrations.register(eventId, OpenDay.person("Beñat", "benat@capacite.test", green, null));
        registrations.cancel(first.token());
        assertThat(registrations.byId(waiting.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        var again = registrations.register(eventId, OpenDay.person("Ana", "Ana@Capacite.test", green, null));
        assertThat(again.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(again.token()).isNotEqualTo(first.token());
        assertThat(registrations.byToken(first.token())).isEmpty();
    }
}
