package fr.journees.registration;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.REGISTRATION;
import static fr.journees.registration.OpenDay.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.support.JourneesSpringTest;

/**
 * The interleaving that overbooked: a transaction reads the registrations (and so, under MariaDB's
 * REPEATABLE READ, fixes its snapshot) before a competing change commits, then decides on a seat. Each
 * path that takes or frees a place must decide on counts that include the competing change, whatever
 * its caller read before.
 */
@JourneesSpringTest
@Tag("database")
class SeatDecisionsAfterAStaleReadTest {

    @Autowired RegistrationService registrations;
    @Autowired RegistrationRepository repository;
    @Autowired OpenDay days;
    @Autowired DSLContext dsl;
    @Autowired PlatformTransactionManager transactions;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    @Test
    void a_change_into_the_last_place_taken_meanwhile_is_refused() {
        long event = day(100);
        long green = days.itinerary(event, "Vert", ItineraryColour.GREEN, 20);
        long pink = days.itinerary(event, "Rose", ItineraryColour.PINK, 1);
        var first = registrations.register(event, person("A", "a@stale.test", green, null));
        var second = registrations.register(event, person("B", "b@stale.test", green, null));

        afterAStaleRead(event,
                () -> change(first, pink),
                () -> assertThatThrownBy(() -> change(second, pink)).isInstanceOf(RegistrationRejected.class));

        assertThat(confirmedIn(pink)).isEqualTo(1);
    }

    @Test
    void a_move_into_the_last_place_taken_meanwhile_is_refused() {
        long event = day(100);
        long green = days.itinerary(event, "Vert", ItineraryColour.GREEN, 20);
        long pink = days.itinerary(event, "Rose", ItineraryColour.PINK, 1);
        var first = registrations.register(event, person("A", "a@stale.test", green, null));
        var second = registrations.register(event, person("B", "b@stale.test", green, null));

        afterAStaleRead(event,
                () -> move(first, pink),
                () -> assertThatThrownBy(() -> move(second, pink)).isInstanceOf(RegistrationRejected.class));

        assertThat(confirmedIn(pink)).isEqualTo(1);
    }

    @Test
    void a_registration_after_the_last_place_was_taken_meanwhile_waits() {
        long event = day(1);

        afterAStaleRead(event,
                () -> registrations.register(event, person("A", "a@stale.test", null, null)),
                () -> assertThat(registrations.register(event, person("B", "b@stale.test", null, null)).status())
                        .isEqualTo(RegistrationStatus.WAITLISTED));

        assertThat(confirmed(event)).isEqualTo(1);
    }

    @Test
    void a_cancellation_promotes_whoever_joined_the_waitlist_meanwhile() {
        long event = day(2);
        var leaving = registrations.register(event, person("A", "a@stale.test", null, null));
        registrations.register(event, person("B", "b@stale.test", null, null));

        afterAStaleRead(event,
                () -> registrations.register(event, person("W", "w@stale.test", null, null)),
                () -> registrations.cancel(leaving.token()));

        var waiting = byEmail(event, "w@stale.test");
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(confirmed(event)).isEqualTo(2);
    }

    @Test
    void two_cancellations_promote_the_two_first_waiting_once_each_in_order() {
        long event = day(2);
        var a = registrations.register(event, person("A", "a@stale.test", null, null));
        var b = registrations.register(event, person("B", "b@stale.test", null, null));
        registrations.register(event, person("W1", "w1@stale.test", null, null));
        registrations.register(event, person("W2", "w2@stale.test", null, null));
        registrations.register(event, person("W3", "w3@stale.test", null, null));

        afterAStaleRead(event, () -> registrations.cancel(a.token()), () -> registrations.cancel(b.token()));

        assertThat(byEmail(event, "w1@stale.test").status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(byEmail(event, "w2@stale.test").status()).isEqualTo(RegistrationStatus.CONFIRMED);
        var third = byEmail(event, "w3@stale.test");
        assertThat(third.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(third.waitlistPosition()).isEqualTo(1);
        assertThat(confirmed(event)).isEqualTo(2);
    }

    @Test
    void promoting_after_a_raised_capacity_never_promotes_past_it() {
        long event = day(2);
        registrations.register(event, person("A", "a@stale.test", null, null));
        registrations.register(event, person("B", "b@stale.test", null, null));
        registrations.register(event, person("W1", "w1@stale.test", null, null));
        registrations.register(event, person("W2", "w2@stale.test", null, null));
        raiseCapacity(event, 3);

        afterAStaleRead(event, () -> registrations.promoteWaitlist(event), () -> registrations.promoteWaitlist(event));

        assertThat(confirmed(event)).isEqualTo(3);
        assertThat(byEmail(event, "w2@stale.test").status()).isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void auto_assignment_counts_the_places_taken_meanwhile() {
        long event = day(100);
        var a = registrations.register(event, person("A", "a@stale.test", null, null));
        var b = registrations.register(event, person("B", "b@stale.test", null, null));
        long green = days.itinerary(event, "Vert", ItineraryColour.GREEN, 1);
        long pink = days.itinerary(event, "Rose", ItineraryColour.PINK, 1);

        afterAStaleRead(event, () -> move(a, green), () -> registrations.autoAssign(event));

        assertThat(confirmedIn(green)).isEqualTo(1);
        assertThat(confirmedIn(pink)).isEqualTo(1);
        assertThat(registrations.byId(b.id()).orElseThrow().itineraryId()).isEqualTo(pink);
    }

    /**
     * Runs {@code late} in a transaction that read the day's registrations before {@code early}
     * committed on another thread: the late decision must see the early one all the same.
     */
    private void afterAStaleRead(long eventId, Runnable early, Runnable late) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            dsl.fetchCount(REGISTRATION, REGISTRATION.EVENT_ID.eq(eventId));
            CompletableFuture.runAsync(early).orTimeout(30, TimeUnit.SECONDS).join();
            late.run();
        });
    }

    private void change(RegistrationOutcome outcome, long itinerary) {
        var view = registrations.byToken(outcome.token()).orElseThrow();
        registrations.change(outcome.token(), view.version(), view.toRequest().withPreferences(itinerary, null));
    }

    private void move(RegistrationOutcome outcome, long itinerary) {
        var view = registrations.byId(outcome.id()).orElseThrow();
        registrations.move(view.id(), view.version(), itinerary, view.workshopId());
    }

    /** Behind the organiser's back (no promotion follows), so that two promotions race for the new place. */
    private void raiseCapacity(long eventId, int capacity) {
        dsl.update(EVENT).set(EVENT.CAPACITY, capacity).where(EVENT.ID.eq(eventId)).execute();
    }

    private RegistrationView byEmail(long eventId, String email) {
        return repository.byEmail(eventId, email).orElseThrow();
    }

    private long day(int capacity) {
        long id = days.create("stale", capacity);
        created.add(id);
        return id;
    }

    private int confirmed(long eventId) {
        return dsl.fetchCount(REGISTRATION, REGISTRATION.EVENT_ID.eq(eventId)
                .and(REGISTRATION.STATUS.eq(RegistrationStatus.CONFIRMED.name())));
    }

    private int confirmedIn(long itineraryId) {
        return dsl.fetchCount(REGISTRATION, REGISTRATION.ASSIGNED_ITINERARY_ID.eq(itineraryId)
                .and(REGISTRATION.STATUS.eq(RegistrationStatus.CONFIRMED.name())));
    }
}
