package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.RegistrationView;
import fr.journees.support.JourneesSpringTest;

/** The registration rush again, through HTTP: 300 clients at once, each from its own address, for 100 places. */
@JourneesSpringTest
@Tag("database")
class HttpRegistrationRushTest {

    static final int CLIENTS = 300;
    static final int CAPACITY = 100;

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;

    long eventId;
    String slug;

    @BeforeEach
    void aDayOfAHundredPlaces() {
        eventId = days.create("ruee-http", CAPACITY, EventStatus.PUBLISHED, LocalDateTime.now().minusDays(1),
                LocalDateTime.now().plusDays(1));
        slug = events.details(eventId).orElseThrow().slug();
    }

    @AfterEach
    void removeTheDay() {
        days.remove(eventId);
    }

    @Test
    void three_hundred_concurrent_clients_confirm_exactly_a_hundred_and_waitlist_the_rest_without_a_5xx()
            throws Exception {
        var pool = Executors.newFixedThreadPool(CLIENTS);
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<ApiHttp.Answer>>();
        for (int i = 0; i < CLIENTS; i++) {
            var client = new ApiHttp(port);
            var body = OpenDayApiTest.person("P" + i, "p" + i + "@ruee-http.test", null);
            answers.add(pool.submit(() -> {
                start.await();
                return client.post("/api/v1/events/" + slug + "/registrations", body);
            }));
        }
        start.countDown();
        var statuses = new ArrayList<Integer>();
        var positions = new ArrayList<Integer>();
        int confirmedAnswers = 0;
        for (var future : answers) {
            var answer = future.get();
            statuses.add(answer.status());
            if (answer.status() == 201 && answer.json().get("status").asString().equals("CONFIRMED")) {
                confirmedAnswers++;
            } else if (answer.status() == 201) {
                positions.add(answer.json().get("waitlistPosition").asInt());
            }
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(201);
        assertThat(confirmedAnswers).isEqualTo(CAPACITY);
        var all = registrations.all(eventId);
        assertThat(all).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(CAPACITY);
        var waiting = all.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparingLong(RegistrationView::id)).toList();
        assertThat(waiting).hasSize(CLIENTS - CAPACITY);
        assertThat(waiting).extracting(RegistrationView::waitlistPosition)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, CLIENTS - CAPACITY).boxed()
                        .toList());
        assertThat(positions).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, CLIENTS - CAPACITY).boxed().toList());
    }
}
