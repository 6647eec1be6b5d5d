package fr.journees.registration;

import static fr.journees.registration.OpenDay.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.support.JourneesSpringTest;

/** A rush on the real database: 300 people at once for itineraries that hold 100 in total. */
@JourneesSpringTest
@Tag("database")
class ConcurrentRegistrationTest {

    static final int PEOPLE = 300;

    @Autowired RegistrationService registrations;
    @Autowired OpenDay days;

    long eventId;
    long green;
    long pink;

    @BeforeEach
    void aDayWhoseItinerariesHoldAHundred() {
        eventId = days.create("ruee", null);
        green = days.itinerary(eventId, "Parcours vert", ItineraryColour.GREEN, 60);
        pink = days.itinerary(eventId, "Parcours rose", ItineraryColour.PINK, 40);
    }

    @AfterEach
    void removeTheDay() {
        days.remove(eventId);
    }

    @Test
    void three_hundred_simultaneous_registrations_confirm_exactly_a_hundred_and_waitlist_the_rest_in_arrival_order()
            throws Exception {
        var outcomes = runTogether(PEOPLE, i -> () -> registrations.register(eventId,
                person("P" + i, "p" + i + "@rush.test", i % 3 == 0 ? pink : green, null)));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(RegistrationOutcome.class));
        var all = registrations.all(eventId);
        var confirmed = all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList();
        var waiting = all.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .sorted(java.util.Comparator.comparingLong(RegistrationView::id)).toList();
        assertThat(confirmed).hasSize(100);
        assertThat(waiting).hasSize(200);
        assertThat(confirmed).filteredOn(r -> r.itineraryId() == green).hasSize(60);
        assertThat(confirmed).filteredOn(r -> r.itineraryId() == pink).hasSize(40);
        // arrival order = the order in which the event lock was granted = id order
        long lastConfirmed = confirmed.stream().mapToLong(RegistrationView::id).max().orElseThrow();
        assertThat(waiting.get(0).id()).isGreaterThan(lastConfirmed);
        assertThat(waiting).extracting(RegistrationView::waitlistPosition)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 200).boxed().toList());
        var fill = registrations.fillRates(eventId);
        assertThat(fill.event().confirmed()).isEqualTo(100);
        assertThat(fill.waitlisted()).isEqualTo(200);

        var leaving = confirmed.subList(0, 10);
        var cancellations = runTogether(10, i -> () -> {
            registrations.cancel(leaving.get(i).token());
            return "cancelled";
        });
        assertThat(cancellations).containsOnly("cancelled");

        var after = registrations.all(eventId);
        assertThat(after).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(100);
        assertThat(after).filteredOn(r -> r.status() == RegistrationStatus.CANCELLED).hasSize(10);
        assertThat(after).filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED).hasSize(190);
        var promotedIds = waiting.subList(0, 10).stream().map(RegistrationView::id).toList();
        assertThat(after).filteredOn(r -> promotedIds.contains(r.id()))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));
        var refill = registrations.fillRates(eventId);
        assertThat(refill.itineraries()).allSatisfy(f -> assertThat(f.confirmed()).isLessThanOrEqualTo(f.capacity()));
    }

    static List<Object> runTogether(int threads, IntFunction<Callable<Object>> work) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var ready = new CountDownLatch(threads);
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<Object>>();
            for (int i = 0; i < threads; i++) {
                var task = work.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    try {
                        return task.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            ready.await();
            start.countDown();
            var outcomes = new ArrayList<Object>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
