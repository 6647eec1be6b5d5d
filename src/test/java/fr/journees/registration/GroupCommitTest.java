package fr.journees.registration;

import static fr.journees.db.Tables.MAIL_OUTBOX;
import static fr.journees.db.Tables.REGISTRATION;
import static fr.journees.registration.OpenDay.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.support.JourneesSpringTest;

/**
 * Registrations arriving while the day is held wait, and the next holder decides them in one transaction:
 * each exactly as if it had come alone, in arrival order, and none undone by another's refusal or failure.
 * The test holds the day itself, lines the requests up one by one, then lets them go.
 */
@JourneesSpringTest
@Tag("database")
class GroupCommitTest {

    @Autowired RegistrationService registrations;
    @Autowired NewRegistrations newRegistrations;
    @Autowired LockedTransactions locked;
    @Autowired SeatsRepository seats;
    @Autowired OpenDay days;
    @Autowired DSLContext dsl;

    final List<Long> created = new ArrayList<>();
    final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void removeTheDays() {
        threads.shutdownNow();
        created.forEach(days::remove);
    }

    @Test
    void registrations_arriving_together_are_decided_in_one_transaction_in_arrival_order() {
        long event = day(2);
        long versionBefore = seats.seatsVersion(event);

        var outcomes = whileTheDayIsHeld(event,
                () -> registrations.register(event, person("Ane", "ane@batch.test", null, null)),
                () -> registrations.register(event, person("Bixente", "bixente@batch.test", null, null)),
                () -> registrations.register(event, person("Katalin", "katalin@batch.test", null, null)),
                () -> registrations.register(event, person("Peio", "peio@batch.test", null, null)));

        assertThat(outcomes).extracting(o -> ((RegistrationOutcome) o).status()).containsExactly(
                RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.WAITLISTED);
        assertThat(outcomes).extracting(o -> ((RegistrationOutcome) o).waitlistPosition())
                .containsExactly(null, null, 1, 2);
        assertThat(seats.seatsVersion(event)).as("one locked transaction").isEqualTo(versionBefore + 1);
        assertThat(dsl.select(REGISTRATION.FIRST_NAME).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(event).and(REGISTRATION.STATUS.eq(RegistrationStatus.WAITLISTED.name())))
                .orderBy(REGISTRATION.QUEUE_NUMBER, REGISTRATION.ID).fetch(REGISTRATION.FIRST_NAME))
                .containsExactly("Katalin", "Peio");
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.EVENT_ID.eq(event))).isEqualTo(4);
    }

    @Test
    void a_refused_address_in_a_batch_leaves_the_others_registered() {
        long event = day(10);
        long green = days.itinerary(event, "Vert", ItineraryColour.GREEN, 1);
        registrations.register(event, person("Maialen", "maialen@batch.test", green, null));

        var outcomes = whileTheDayIsHeld(event,
                () -> registrations.register(event, person("Maialen", "maialen@batch.test", green, null)),
                () -> registrations.register(event, person("Unai", "unai@batch.test", green, null)),
                () -> registrations.register(event, person("Unai bis", "unai@batch.test", green, null)));

        assertThat(outcomes.get(0)).isInstanceOf(RegistrationRejected.class)
                .extracting(o -> ((RegistrationRejected) o).reason()).isEqualTo(RegistrationRejected.Reason.ALREADY_REGISTERED);
        assertThat(outcomes.get(1)).isInstanceOf(RegistrationOutcome.class);
        assertThat(outcomes.get(2)).isInstanceOf(RegistrationRejected.class);
        assertThat(dsl.fetchCount(REGISTRATION, REGISTRATION.EVENT_ID.eq(event))).isEqualTo(2);
    }

    @Test
    void a_cancelled_address_registers_again_in_a_batch_at_the_end_of_the_queue() {
        long event = day(1);
        registrations.register(event, person("Oihana", "oihana@batch.test", null, null));
        var leaving = registrations.register(event, person("Eneko", "eneko@batch.test", null, null));
        registrations.cancel(leaving.token());

        var outcomes = whileTheDayIsHeld(event,
                () -> registrations.register(event, person("Iker", "iker@batch.test", null, null)),
                () -> registrations.register(event, person("Eneko", "eneko@batch.test", null, null)));

        assertThat(outcomes).extracting(o -> ((RegistrationOutcome) o).waitlistPosition()).containsExactly(1, 2);
        assertThat(dsl.fetchCount(REGISTRATION, REGISTRATION.EVENT_ID.eq(event))).isEqualTo(3);
    }

    @Test
    void a_row_the_database_refuses_fails_alone() {
        long event = day(10);
        var choices = registrations.choices(event).orElseThrow();
        var tooLong = person("X".repeat(300), "long@batch.test", null, null);

        var outcomes = whileTheDayIsHeld(event,
                () -> registrations.register(event, person("Amaia", "amaia@batch.test", null, null)),
                () -> newRegistrations.insert(choices, tooLong, true),
                () -> registrations.register(event, person("Xabi", "xabi@batch.test", null, null)));

        assertThat(outcomes.get(0)).isInstanceOf(RegistrationOutcome.class);
        assertThat(outcomes.get(1)).isInstanceOf(DataAccessException.class);
        assertThat(outcomes.get(2)).isInstanceOf(RegistrationOutcome.class);
        assertThat(dsl.fetchCount(REGISTRATION, REGISTRATION.EVENT_ID.eq(event))).isEqualTo(2);
    }

    /** Holds the day, lines the requests up in this order behind it, lets them go; each one's outcome or refusal. */
    @SafeVarargs
    private List<Object> whileTheDayIsHeld(long event, Supplier<Object>... requests) {
        var futures = new ArrayList<CompletableFuture<Object>>();
        locked.holdingTheDay(event, () -> {
            for (var request : requests) {
                int before = locked.waiting(event);
                futures.add(CompletableFuture.supplyAsync(request, threads));
                awaitWaiting(event, before + 1);
            }
        });
        return futures.stream().map(f -> {
            try {
                return f.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                return e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
            }
        }).toList();
    }

    private void awaitWaiting(long event, int count) {
        long until = System.currentTimeMillis() + 10_000;
        while (locked.waiting(event) < count) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("The request did not line up behind the day's lock");
            }
            Thread.onSpinWait();
        }
    }

    private long day(int capacity) {
        long id = days.create("lot", capacity);
        created.add(id);
        return id;
    }
}
