package fr.journees.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
class GaleraClusterRushTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

    List<String> nodes;
    String jdbc;
    long eventId;
    String slug;

    @BeforeEach
    void aPublishedDayOnTheCluster() throws SQLException {
        var configured = System.getenv("JOURNEES_CLUSTER_NODES");
        jdbc = System.getenv("JOURNEES_CLUSTER_JDBC");
        assumeTrue(configured != null && jdbc != null, "no cluster: deploy/local-cluster start, then set "
                + "JOURNEES_CLUSTER_NODES and JOURNEES_CLUSTER_JDBC");
        nodes = List.of(configured.split(","));
        slug = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        try (var c = connection(); var s = c.prepareStatement("INSERT INTO event (slug, title, event_date, start_time, "
                + "end_time, status, registration_opens_at, registration_closes_at, capacity) VALUES (?, ?, "
                + "CURDATE() + INTERVAL 30 DAY, '09:00', '17:00', 'PUBLISHED', NOW() - INTERVAL 1 DAY, "
                + "NOW() + INTERVAL 1 DAY, 20)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, slug);
            s.setString(2, "Journée en grappe " + slug);
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                eventId = keys.getLong(1);
            }
        }
    }

    @AfterEach
    void removeTheDay() throws SQLException {
        if (jdbc == null || eventId == 0) {
            return;
        }
        try (var c = connection(); var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM mail_outbox WHERE event_id = " + eventId);
            s.executeUpdate("DELETE FROM registration WHERE event_id = " + eventId);
            s.executeUpdate("DELETE FROM event WHERE id = " + eventId);
        }
    }

    @Test
    @Order(1)
    void sixty_registrations_split_over_two_nodes_confirm_twenty_and_queue_forty_in_one_order() throws Exception {
        var answers = together(60, i -> () -> register(nodes.get(i % nodes.size()), i, null));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
        assertThat(count("CONFIRMED")).isEqualTo(20);
        assertThat(count("WAITLISTED")).isEqualTo(40);
        try (var c = connection(); var s = c.prepareStatement("SELECT COUNT(DISTINCT queue_number, id) FROM registration "
                + "WHERE event_id = ? AND status = 'WAITLISTED' AND queue_number IS NOT NULL")) {
            s.setLong(1, eventId);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(40);
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
        var answered = new java.util.concurrent.atomic.AtomicInteger();
        var killer = Executors.newSingleThreadExecutor();
        var killed = killer.submit(() -> {
            while (answered.get() < 15) {
                Thread.sleep(10);
            }
            return cluster("kill-db", "2");
        });

        var outcomes = together(60, i -> () -> {
            var outcome = registerUntilAnswered(nodes.get(i % nodes.size()), 300 + i);
            answered.incrementAndGet();
            return outcome;
        });

        assertThat(killed.get()).isZero();
        killer.shutdown();
        assertThat(outcomes).as("each participant ends registered, if need be after trying again")
                .allSatisfy(status -> assertThat(status).isIn(201, 409));
        assertThat(count("CONFIRMED") + count("WAITLISTED")).isEqualTo(60);
        assertThat(count("CONFIRMED")).isEqualTo(20);
        try (var c = connection(); var s = c.prepareStatement("SELECT COUNT(*) FROM registration r WHERE r.event_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.registration_id = r.id)")) {
            s.setLong(1, eventId);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("registrations without their mail").isZero();
            }
        }

        assertThat(cluster("recover-db", "2")).isZero();
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
    }

    /** A participant who gets an error tries again, as people do; 409 then means an earlier try got through. */
    private int registerUntilAnswered(String node, int i) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                int status = register(node, i, null).statusCode();
                if (status < 500 || attempt == 20) {
                    return status;
                }
            } catch (java.io.IOException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
            Thread.sleep(500);
        }
    }

    private static int cluster(String... args) throws Exception {
        var command = new ArrayList<String>();
        command.add("deploy/local-cluster");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private HttpResponse<String> register(String node, int i, Long itinerary) throws Exception {
        var body = """
                {"firstName": "Prénom%d", "lastName": "Grappe", "email": "p%d-%s@grappe.test", "consentData": true,
                 "preferredItineraryId": %s}""".formatted(i, i, slug, itinerary);
        return send(HttpRequest.newBuilder(URI.create(node + "/api/v1/events/" + slug + "/registrations"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address(i))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String address(int i) {
        return "10.77." + (i / 250) + "." + (1 + i % 250);
    }

    private long itinerary(String name, String colour, int capacity) throws SQLException {
        try (var c = connection(); var s = c.prepareStatement("INSERT INTO itinerary (event_id, name, colour, capacity, "
                + "departure_time) VALUES (?, ?, ?, ?, '10:00')", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, eventId);
            s.setString(2, name);
            s.setString(3, colour);
            s.setInt(4, capacity);
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private int count(String status) throws SQLException {
        try (var c = connection(); var s = c.prepareStatement(
                "SELECT COUNT(*) FROM registration WHERE event_id = ? AND status = ?")) {
            s.setLong(1, eventId);
            s.setString(2, status);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbc);
    }

    private static <T> List<T> together(int n, java.util.function.IntFunction<Callable<T>> work) throws Exception {
        var pool = Executors.newFixedThreadPool(n);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < n; i++) {
                var task = work.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
