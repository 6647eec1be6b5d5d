import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import fr.journees.JourneesApplication;
import fr.journees.base.database.EmbeddedMariaDb;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;

/**
 * The same HTTP registration rush, in one run, against one application node on one MariaDB server and
 * against two application nodes on the 3-node Galera cluster of deploy/local-cluster (which bench/run-cluster
 * starts first): 1,000 registrations from 64 clients for 300 places, alternating between the two nodes.
 * Prints throughput, p50/p99, errors, confirmed, overbooked and the certification conflicts the cluster
 * resolved (retried) on the way.
 */
public class ClusterRushBench {

    static final int REGISTRATIONS = 1000;
    static final int WARM_UP = 1000;
    static final int CLIENTS = 64;
    static final int CAPACITY = 300;
    static final List<String> CLUSTER_NODES = List.of("http://127.0.0.1:8181", "http://127.0.0.1:8182");
    static final List<String> GALERA = List.of("jdbc:mariadb://127.0.0.1:4401/journees",
            "jdbc:mariadb://127.0.0.1:4402/journees", "jdbc:mariadb://127.0.0.1:4403/journees");
    static final String GALERA_USER = "?user=journees&password=journees&sessionVariables=wsrep_sync_wait=1";

    public static void main(String[] args) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Result single;
        var context = new SpringApplication(JourneesApplication.class).run("--server.port=0", "--journees.demo=false",
                "--journees.embedded-db.data-dir=target/bench-mariadb", "--journees.embedded-db.ephemeral=true",
                "--logging.level.root=WARN", "--server.tomcat.threads.max=200");
        try {
            var base = List.of("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
            var events = context.getBean(EventService.class);
            var jdbc = context.getBean(EmbeddedMariaDb.class).jdbcUrl() + "?user=root";
            day(events, "single-warmup");
            rush(http, base, "single-warmup", WARM_UP, 100_000);
            day(events, "single-rush");
            single = rush(http, base, "single-rush", REGISTRATIONS, 0);
            single = single.counted(jdbc, "single-rush");
        } finally {
            context.close();
        }

        clusterDay("cluster-warmup");
        rush(http, CLUSTER_NODES, "cluster-warmup", WARM_UP, 200_000);
        clusterDay("cluster-rush");
        long conflictsBefore = conflicts();
        var cluster = rush(http, CLUSTER_NODES, "cluster-rush", REGISTRATIONS, 300_000);
        long conflicts = conflicts() - conflictsBefore;
        cluster = cluster.counted(GALERA.get(2) + GALERA_USER, "cluster-rush");

        System.out.printf(Locale.ROOT, "%nRegistration rush over HTTP: %d registrations, %d clients, capacity %d, "
                + "loopback, same run%n", REGISTRATIONS, CLIENTS, CAPACITY);
        System.out.printf(Locale.ROOT, "%-38s %7s %8s %8s %6s %6s %9s %10s %9s%n", "setup", "req/s", "p50 ms",
                "p99 ms", "201", "errors", "confirmed", "overbooked", "conflicts");
        single.print("1 node, 1 MariaDB (embedded)", "-");
        cluster.print("2 nodes, 3-node Galera (alternating)", String.valueOf(conflicts));
    }

    record Result(double seconds, double[] sortedMs, int created, int errors, long confirmed) {

        Result counted(String jdbcUrl, String slug) throws SQLException {
            try (var c = DriverManager.getConnection(jdbcUrl); var s = c.prepareStatement("SELECT COUNT(*) FROM "
                    + "registration r JOIN event e ON e.id = r.event_id WHERE e.slug = ? AND r.status = 'CONFIRMED'")) {
                s.setString(1, slug);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return new Result(seconds, sortedMs, created, errors, rs.getLong(1));
                }
            }
        }

        void print(String setup, String conflicts) {
            System.out.printf(Locale.ROOT, "%-38s %7.0f %8.1f %8.1f %6d %6d %9d %10d %9s%n", setup,
                    REGISTRATIONS / seconds, pct(sortedMs, 50), pct(sortedMs, 99), created, errors, confirmed,
                    Math.max(0, confirmed - CAPACITY), conflicts);
        }
    }

    /** Certification failures and brute-force aborts on all Galera nodes: each was retried by a node. */
    static long conflicts() throws SQLException {
        long total = 0;
        for (var url : GALERA) {
            try (var c = DriverManager.getConnection(url + GALERA_USER); var s = c.createStatement();
                 var rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN "
                         + "('wsrep_local_cert_failures', 'wsrep_local_bf_aborts')")) {
                while (rs.next()) {
                    total += rs.getLong(2);
                }
            }
        }
        return total;
    }

    static Result rush(HttpClient http, List<String> nodes, String slug, int n, int offset) throws Exception {
        var pool = Executors.newFixedThreadPool(CLIENTS);
        var latencies = new double[n];
        var created = new AtomicInteger();
        var errors = new AtomicInteger();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            int k = i;
            pool.execute(() -> {
                try {
                    start.await();
                    int a = offset + k;
                    var request = HttpRequest.newBuilder(URI.create(nodes.get(k % nodes.size()) + "/api/v1/events/"
                                    + slug + "/registrations")).timeout(Duration.ofSeconds(120))
                            .header("Content-Type", "application/json")
                            .header("X-Forwarded-For", "10." + (a / 65536 % 256) + "." + (a / 256 % 256) + "." + (a % 256))
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"firstName": "Prénom%d", "lastName": "Nom%d", "email": "p%d@%s.test",
                                     "consentData": true}""".formatted(k, k, k, slug))).build();
                    long t = System.nanoTime();
                    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[k] = (System.nanoTime() - t) / 1e6;
                    if (response.statusCode() == 201) {
                        created.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        long t0 = System.nanoTime();
        start.countDown();
        done.await();
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        var sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(seconds, sorted, created.get(), errors.get(), 0);
    }

    static void clusterDay(String slug) throws SQLException {
        try (var c = DriverManager.getConnection(GALERA.get(2) + GALERA_USER); var s = c.prepareStatement(
                "INSERT INTO event (slug, title, event_date, start_time, end_time, status, registration_opens_at, "
                        + "registration_closes_at, capacity) VALUES (?, ?, CURDATE() + INTERVAL 30 DAY, '09:00', "
                        + "'17:00', 'PUBLISHED', NOW() - INTERVAL 1 DAY, NOW() + INTERVAL 1 DAY, ?)")) {
            s.setString(1, slug);
            s.setString(2, "Ruée " + slug);
            s.setInt(3, CAPACITY);
            s.executeUpdate();
        }
    }

    static void day(EventService events, String slug) {
        events.create(new EventDraft(slug, "Ruée " + slug, null, null, LocalDate.now().plusDays(30),
                LocalTime.of(9, 0), LocalTime.of(17, 0), null, EventStatus.PUBLISHED,
                LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(1), CAPACITY, true, 5),
                List.of(), List.of());
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
