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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import tools.jackson.databind.json.JsonMapper;

/**
 * A published day of 20 places on the Galera cluster of {@code deploy/local-cluster}, written straight into a
 * Galera node, with what the cluster tests do with it: register through an application node, count, read the
 * waiting list, run many requests at once, and drive the cluster script. Runs when JOURNEES_CLUSTER_NODES
 * names the nodes' base URLs and JOURNEES_CLUSTER_JDBC a Galera node; removed after each test.
 */
abstract class OnAPublishedClusterDay {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

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

    static String what(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 503) {
            return answer.headers().firstValue("Retry-After").isPresent() ? "503 retry-after" : "503";
        }
        if (status >= 300 && status < 400) {
            return status + " to " + answer.headers().firstValue("Location").orElse("?");
        }
        if (status >= 400) {
            var code = answer.body().contains("\"code\"") ? JSON.readTree(answer.body()).path("code").asString() : "";
            return (status + " " + code).trim();
        }
        return String.valueOf(status);
    }

    /** Registration id → the rank its answer promised, for those who were told they wait. */
    static Map<Long, Integer> waitlistPositions(List<HttpResponse<String>> answers) {
        var promised = new HashMap<Long, Integer>();
        for (var answer : answers) {
            var json = JSON.readTree(answer.body());
            if (json.get("status").asString().equals("WAITLISTED")) {
                promised.put(json.get("id").asLong(), json.get("waitlistPosition").asInt());
            }
        }
        return promised;
    }

    /**
     * The waiting list, in the database, is one order: a queue number is the day's ledger ticket of the
     * transaction that queued the person (one transaction, on one node, can queue a whole batch of them, in id
     * order), so two transactions never share one, and each rank answered to a participant is the place their
     * (queue number, id) holds in that order.
     */
    void assertTheWaitlistIsOneOrder(Map<Long, Integer> promised) throws SQLException {
        var ranks = new HashMap<Long, Integer>();
        var transactionsOfEachNumber = new HashMap<Long, Set<Object>>();
        try (var c = connection(); var s = c.prepareStatement("SELECT id, queue_number, waitlisted_at FROM registration "
                + "WHERE event_id = ? AND status = 'WAITLISTED' ORDER BY queue_number, id")) {
            s.setLong(1, eventId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    ranks.put(rs.getLong(1), ranks.size() + 1);
                    assertThat(rs.getObject(2)).as("queue number of registration " + rs.getLong(1)).isNotNull();
                    transactionsOfEachNumber.computeIfAbsent(rs.getLong(2), n -> new HashSet<>()).add(rs.getObject(3));
                }
            }
        }
        assertThat(transactionsOfEachNumber).as("queue number → the moments of the transactions that took it")
                .allSatisfy((number, moments) -> assertThat(moments).hasSize(1));
        assertThat(promised).as("ranks answered to the participants, by registration id")
                .isEqualTo(promised.keySet().stream().collect(Collectors.toMap(id -> id, ranks::get)));
    }

    static int cluster(String... args) throws Exception {
        var command = new ArrayList<String>();
        command.add("deploy/local-cluster");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    HttpResponse<String> register(String node, int i, Long itinerary) throws Exception {
        var body = """
                {"firstName": "Prénom%d", "lastName": "Grappe", "email": "p%d-%s@grappe.test", "consentData": true,
                 "preferredItineraryId": %s}""".formatted(i, i, slug, itinerary);
        return send(HttpRequest.newBuilder(URI.create(node + "/api/v1/events/" + slug + "/registrations"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address(i))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String address(int i) {
        return "10.77." + (i / 250) + "." + (1 + i % 250);
    }

    long itinerary(String name, String colour, int capacity) throws SQLException {
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

    int count(String status) throws SQLException {
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

    Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbc);
    }

    static <T> List<T> together(int n, java.util.function.IntFunction<Callable<T>> work) throws Exception {
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
