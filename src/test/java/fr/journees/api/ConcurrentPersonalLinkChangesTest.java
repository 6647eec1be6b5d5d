package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventStatus;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationOutcome;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.RegistrationView;
import fr.journees.support.JourneesSpringTest;

/**
 * What was found from outside: twelve participants change at the same instant, through their personal
 * links, into a parcours with fewer places; and confirmed participants cancel at once while others wait.
 */
@JourneesSpringTest
@Tag("database")
class ConcurrentPersonalLinkChangesTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;

    long eventId;
    long green;
    long pink;

    @BeforeEach
    void aDayWithAGreenAndAPinkParcours() {
        eventId = days.create("liens", 200, EventStatus.PUBLISHED, LocalDateTime.now().minusDays(1),
                LocalDateTime.now().plusDays(1));
        green = days.itinerary(eventId, "Parcours vert", ItineraryColour.GREEN, 50);
    }

    @AfterEach
    void removeTheDay() {
        days.remove(eventId);
    }

    @Test
    void twelve_simultaneous_changes_into_three_places_give_exactly_three_and_refuse_nine() throws Exception {
        pink = days.itinerary(eventId, "Parcours rose", ItineraryColour.PINK, 3);
        var changing = register(12, "vert", green);

        var statuses = together(changing, this::askForPink);

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        assertThat(confirmedIn(pink)).isEqualTo(3);
        assertThat(confirmedIn(green)).isEqualTo(9);
    }

    @Test
    void twelve_simultaneous_changes_into_a_parcours_with_three_places_left_fill_it_exactly() throws Exception {
        pink = days.itinerary(eventId, "Parcours rose", ItineraryColour.PINK, 15);
        register(12, "rose", pink);
        var changing = register(12, "vert", green);

        var statuses = together(changing, this::askForPink);

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        assertThat(confirmedIn(pink)).isEqualTo(15);
    }

    @Test
    void simultaneous_cancellations_promote_one_waiting_person_each_in_order_none_twice_nobody_skipped()
            throws Exception {
        long small = days.create("liens-attente", 10, EventStatus.PUBLISHED, LocalDateTime.now().minusDays(1),
                LocalDateTime.now().plusDays(1));
        try {
            var confirmed = register(small, 10, "present", null);
            var waiting = register(small, 10, "attente", null);
            assertThat(waiting).allSatisfy(w -> assertThat(w.status()).isEqualTo(RegistrationStatus.WAITLISTED));

            var statuses = together(confirmed.subList(0, 6),
                    r -> new ApiHttp(port).delete("/api/v1/registrations/" + r.token()).status());

            assertThat(statuses).containsOnly(204);
            var after = registrations.all(small);
            assertThat(after).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(10);
            var promoted = waiting.subList(0, 6).stream().map(RegistrationOutcome::id).toList();
            assertThat(after).filteredOn(r -> promoted.contains(r.id()))
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));
            var stillWaiting = after.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                    .sorted(Comparator.comparing(RegistrationView::waitlistPosition)).toList();
            assertThat(stillWaiting).extracting(RegistrationView::id)
                    .containsExactlyElementsOf(waiting.subList(6, 10).stream().map(RegistrationOutcome::id).toList());
            assertThat(stillWaiting).extracting(RegistrationView::waitlistPosition).containsExactly(1, 2, 3, 4);
        } finally {
            days.remove(small);
        }
    }

    private int askForPink(RegistrationOutcome registration) {
        return new ApiHttp(port).patch("/api/v1/registrations/" + registration.token(),
                "{\"preferredItineraryId\": " + pink + "}").status();
    }

    private List<RegistrationOutcome> register(int count, String prefix, Long itinerary) {
        return register(eventId, count, prefix, itinerary);
    }

    private List<RegistrationOutcome> register(long event, int count, String prefix, Long itinerary) {
        return IntStream.range(0, count).mapToObj(i -> registrations.register(event,
                OpenDay.person(prefix + i, prefix + i + "-" + event + "@liens.test", itinerary, null))).toList();
    }

    private static List<Integer> together(List<RegistrationOutcome> who, Function<RegistrationOutcome, Integer> call)
            throws Exception {
        var pool = Executors.newFixedThreadPool(who.size());
        try {
            var ready = new CountDownLatch(who.size());
            var start = new CountDownLatch(1);
            var answers = new ArrayList<Future<Integer>>();
            for (var registration : who) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.apply(registration);
                }));
            }
            ready.await();
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long confirmedIn(long itinerary) {
        return registrations.all(eventId).stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED && Long.valueOf(itinerary).equals(r.itineraryId()))
                .count();
    }
}
