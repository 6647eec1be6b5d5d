package fr.journees.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application nodes, each on its own node of a 3-node Galera cluster (started by
 * {@code deploy/local-cluster start}): registrations and changes split across them never overbook, and the
 * waiting list keeps one order. Runs when JOURNEES_CLUSTER_NODES names the nodes' base URLs
 * (e.g. {@code http://127.0.0.1:8181,http://127.0.0.1:8182}) and JOURNEES_CLUSTER_JDBC a Galera node.
 */
@Tag("galera")
@Order(2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GaleraClusterRushTest extends OnAPublishedClusterDay {

    @Test
    @Order(1)
    void sixty_registrations_split_over_two_nodes_confirm_twenty_and_queue_forty_in_one_order() throws Exception {
        var answers = together(60, i -> () -> register(nodes.get(i % nodes.size()), i, null));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
        assertThat(count("CONFIRMED")).isEqualTo(20);
        assertThat(count("WAITLISTED")).isEqualTo(40);
        var promised = waitlistPositions(answers);
        assertThat(promised.values()).as("the ranks answered to the forty who wait")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        assertTheWaitlistIsOneOrder(promised);
        for (var answer : answers) {
            var json = JSON.readTree(answer.body());
            if (json.get("status").asString().equals("WAITLISTED")) {
                var now = JSON.readTree(send(HttpRequest.newBuilder(URI.create(nodes.get(0) + "/api/v1/registrations/"
                        + json.get("token").asString()))).body());
                assertThat(now.get("waitlistPosition").asInt()).as("the rank read back later, on node A")
                        .isEqualTo(json.get("waitlistPosition").asInt());
            }
        }
    }

    @Test
    @Order(2)
    void twelve_changes_split_over_two_nodes_into_three_places_give_exactly_three() throws Exception {
        long green = itinerary("Parcours vert", "GREEN", 50);
        long pink = itinerary("Parcours rose", "PINK", 3);
        var tokens = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            var answer = register(nodes.get(i % nodes.size()), 100 + i, green);
            assertThat(answer.statusCode()).isEqualTo(201);
            var m = TOKEN.matcher(answer.body());
            assertThat(m.find()).isTrue();
            tokens.add(m.group(1));
        }

        var answers = together(12, i -> () -> send(HttpRequest.newBuilder(
                        URI.create(nodes.get(i % nodes.size()) + "/api/v1/registrations/" + tokens.get(i)))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address(200 + i))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"preferredItineraryId\": " + pink + "}"))));

        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(3);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409).hasSize(9);
        try (var c = connection(); var s = c.prepareStatement(
                "SELECT COUNT(*) FROM registration WHERE assigned_itinerary_id = ? AND status = 'CONFIRMED'")) {
            s.setLong(1, pink);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
        }
    }

    @Test
    @Order(3)
    void a_galera_node_killed_in_the_middle_of_a_rush_loses_nothing_duplicates_nothing_and_rejoins() throws Exception {
        var answered = new AtomicInteger();
        var killedAt = new AtomicLong();
        var killer = Executors.newSingleThreadExecutor();
        var killed = killer.submit(() -> {
            while (answered.get() < 15) {
                Thread.sleep(10);
            }
            int exit = cluster("kill-db", "2");
            killedAt.set(System.nanoTime());
            return exit;
        });

        var participants = together(60, i -> () -> {
            var participant = registerUntilAnswered(nodes.get(i % nodes.size()), 300 + i);
            answered.incrementAndGet();
            return participant;
        });

        assertThat(killed.get()).isZero();
        killer.shutdown();
        int recovered = cluster("recover-db", "2");
        var tries = participants.stream().flatMap(p -> p.tries().stream()).toList();
        System.out.println("Rush with a Galera node killed: " + tries.stream()
                .collect(Collectors.groupingBy(Try::what, TreeMap::new, Collectors.counting())));
        assertThat(tries).as("what the nodes answered, every try: 201, a 409 already_registered after a lost "
                        + "answer, or a 503 asking to try again; never a 500, a redirect to the login page or a "
                        + "dropped connection")
                .extracting(Try::what).allMatch(w -> w.equals("201") || w.equals("409 already_registered")
                        || w.equals("503 retry-after"));
        assertThat(participants).as("each participant ends registered, if need be after trying again")
                .allSatisfy(p -> assertThat(p.last().what()).isIn("201", "409 already_registered"));
        assertThat(participants).as("already registered only when an earlier try of theirs was cut short")
                .filteredOn(p -> p.last().what().startsWith("409"))
                .allSatisfy(p -> assertThat(p.tries()).hasSizeGreaterThan(1));
        assertThat(tries).as("the kill landed in the middle of the rush: registrations answered after it")
                .filteredOn(t -> t.what().equals("201") && t.answeredAt() > killedAt.get()).isNotEmpty();
        assertThat(count("CONFIRMED") + count("WAITLISTED")).isEqualTo(60);
        assertThat(count("CONFIRMED")).isEqualTo(20);
        try (var c = connection(); var s = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT email) FROM registration "
                + "WHERE event_id = ?")) {
            s.setLong(1, eventId);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(2)).as("one row per participant").isEqualTo(60).isEqualTo(rs.getInt(1));
            }
        }
        try (var c = connection(); var s = c.prepareStatement("SELECT COUNT(*) FROM registration r WHERE r.event_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.registration_id = r.id)")) {
            s.setLong(1, eventId);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("registrations without their mail").isZero();
            }
        }
        assertTheWaitlistIsOneOrder(waitlistPositions(participants.stream().map(Participant::answer)
                .filter(a -> a != null && a.statusCode() == 201).toList()));

        assertThat(recovered).isZero();
        try (var c = connection(); var s = c.createStatement();
             var rs = s.executeQuery("SHOW STATUS LIKE 'wsrep_cluster_size'")) {
            rs.next();
            assertThat(rs.getInt(2)).isEqualTo(3);
        }
    }

    @Test
    @Order(4)
    void when_an_application_node_dies_the_other_keeps_serving_through_the_proxy() throws Exception {
        var proxy = System.getenv().getOrDefault("JOURNEES_CLUSTER_PROXY", "http://127.0.0.1:8180");
        assertThat(cluster("kill-app", "1")).isZero();

        var deadline = System.nanoTime() + 10_000_000_000L;
        while (send(HttpRequest.newBuilder(URI.create(proxy + "/api/v1/events/" + slug))).statusCode() != 200
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(send(HttpRequest.newBuilder(URI.create(proxy + "/api/v1/events/" + slug))).statusCode())
                    .isEqualTo(200);
        }
        assertThat(register(proxy, 900, null).statusCode()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            var page = send(HttpRequest.newBuilder(URI.create(proxy + "/e/" + slug)));
            assertThat(page.statusCode()).as("the day's public page through the proxy").isEqualTo(200);
            assertThat(page.body()).contains("Journée en grappe " + slug);
        }
    }

    /** One try of a participant: what came back (status and problem code, or the exception) and when. */
    record Try(String what, long answeredAt) {
    }

    /** A participant's tries, and the last answer they got (null when the last try got none). */
    record Participant(List<Try> tries, HttpResponse<String> answer) {
        Try last() {
            return tries.getLast();
        }
    }

    /**
     * A participant who gets an error tries again, as people do (after the Retry-After a 503 gives); 409 then
     * means an earlier try got through.
     */
    private Participant registerUntilAnswered(String node, int i) throws Exception {
        var tries = new ArrayList<Try>();
        for (int attempt = 1; ; attempt++) {
            long pause = 500;
            HttpResponse<String> answer = null;
            try {
                answer = register(node, i, null);
                tries.add(new Try(what(answer), System.nanoTime()));
                if (answer.statusCode() < 500) {
                    return new Participant(tries, answer);
                }
                pause = answer.headers().firstValueAsLong("Retry-After").orElse(0) * 1000;
            } catch (java.io.IOException e) {
                tries.add(new Try(e.getClass().getSimpleName(), System.nanoTime()));
            }
            if (attempt == 20) {
                return new Participant(tries, answer);
            }
            Thread.sleep(Math.max(100, pause));
        }
    }
}
