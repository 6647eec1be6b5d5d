import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;

/**
 * The HTTP registration rush, side by side with its baseline in the same run: 1,000
 * POST /api/v1/events/{slug}/registrations from 64 concurrent clients on loopback for a day of 300
 * places (each registration from its own address, as behind a reverse proxy), then the bare locked
 * insert (lock the event row, count the confirmed, insert, commit) from 64 JDBC connections on another
 * day of the same MariaDB. The clients run in a child JVM, so that the CPU measured is the server's:
 * this JVM's and the MariaDB server's, per registration, with the statements the server received.
 */
public class HttpRegistrationRushBench {

    static final int REGISTRATIONS = 1000;
    static final int CLIENTS = 64;
    static final int CAPACITY = 300;
    static final int WARM_UP = 10_000;
    /** The warm-up confirms the same share as the measured round, so that both of its paths are compiled. */
    static final int WARM_UP_CAPACITY = WARM_UP * CAPACITY / REGISTRATIONS;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("client")) {
            Client.main(args);
            return;
        }
        var context = new SpringApplication(JourneesApplication.class).run("--server.port=0", "--journees.demo=false",
                "--journees.embedded-db.data-dir=target/bench-mariadb", "--journees.embedded-db.ephemeral=true",
                "--logging.level.root=WARN", "--server.tomcat.threads.max=200");
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var events = context.getBean(EventService.class);
            var registrations = context.getBean(RegistrationService.class);
            var jdbcUrl = context.getBean(EmbeddedMariaDb.class).jdbcUrl() + "?user=root";
            day(events, "rush-http-warmup", WARM_UP_CAPACITY);
            var journees = measure(jdbcUrl, "http", "http://127.0.0.1:" + port, "rush-http-warmup",
                    dayAndSlug(events, "rush-http"));
            long bareWarmUpDay = day(events, "rush-baseline-warmup", WARM_UP_CAPACITY);
            long baselineDay = day(events, "rush-baseline", CAPACITY);
            var bare = measure(jdbcUrl, "jdbc", jdbcUrl, String.valueOf(bareWarmUpDay), String.valueOf(baselineDay));

            var all = registrations.all(events.idBySlug("rush-http").orElseThrow());
            long confirmed = all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
            long waitlisted = all.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count();
            long bareConfirmed = count(jdbcUrl, baselineDay);
            System.out.printf(Locale.ROOT, "%nRegistration rush: %d registrations, %d concurrent clients, capacity %d, "
                    + "loopback, same MariaDB, same run%n", REGISTRATIONS, CLIENTS, CAPACITY);
            System.out.printf(Locale.ROOT, "%-24s %7s %7s %7s %7s %7s %6s %6s %9s %10s %9s %9s %9s%n", "path", "req/s",
                    "p50 ms", "p95 ms", "p99 ms", "max ms", "ok", "errors", "confirmed", "overbooked", "queries/r",
                    "JVM ms/r", "DB ms/r");
            row("Journées (HTTP API)", journees, confirmed);
            row("bare locked insert", bare, bareConfirmed);
            System.out.printf(Locale.ROOT, "%nthroughput ratio Journées / bare locked insert: %.2f "
                            + "(waitlisted %d; target >= 0.50, 0 overbooked, 0 errors, p99 < 1000 ms)%n",
                    journees.run.perSecond() / bare.run.perSecond(), waitlisted);
        } finally {
            context.close();
        }
    }

    record Run(double seconds, double[] sortedMs, int ok, int errors) {
        double perSecond() {
            return REGISTRATIONS / seconds;
        }
    }

    record Measured(Run run, long queries, double jvmCpuMs, double dbCpuMs) {
    }

    static void row(String path, Measured m, long confirmed) {
        var ms = m.run.sortedMs;
        System.out.printf(Locale.ROOT, "%-24s %7.0f %7.1f %7.1f %7.1f %7.1f %6d %6d %9d %10d %9.1f %9.2f %9.2f%n", path,
                m.run.perSecond(), pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1], m.run.ok, m.run.errors,
                confirmed, Math.max(0, confirmed - CAPACITY), (double) m.queries / REGISTRATIONS,
                m.jvmCpuMs / REGISTRATIONS, m.dbCpuMs / REGISTRATIONS);
    }

    /**
     * One path, measured: a child JVM of clients first warms up (its own HTTP or JDBC code as much as the
     * server's) with {@value #WARM_UP} registrations on warmUpDay, then, once this JVM has read its counters,
     * sends the {@value #REGISTRATIONS} measured ones to day. Server-side cost: statements received, CPU of
     * this JVM and of the MariaDB server, over the measured round only.
     */
    static Measured measure(String jdbcUrl, String mode, String target, String warmUpDay, String day) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "bench/HttpRegistrationRushBench.java", "client",
                mode, target, warmUpDay, String.valueOf(WARM_UP), day, String.valueOf(REGISTRATIONS)));
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
        var warm = out.readLine();
        if (!"WARM".equals(warm)) {
            throw new IllegalStateException("client failed during its warm-up: " + warm);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        untilIdle(os);
        long queries = questions(jdbcUrl);
        long jvm = os.getProcessCpuTime();
        long db = databaseCpuNanos();
        process.getOutputStream().write("GO\n".getBytes());
        process.getOutputStream().flush();
        var result = out.readLine();
        long dbAfter = databaseCpuNanos();
        long jvmAfter = os.getProcessCpuTime();
        long queriesAfter = questions(jdbcUrl);
        if (process.waitFor() != 0 || result == null || !result.startsWith("RESULT ")) {
            throw new IllegalStateException("client failed: " + result);
        }
        var parts = result.split(" ");
        var ms = Arrays.stream(parts, 4, parts.length).mapToDouble(Double::parseDouble).sorted().toArray();
        var run = new Run(Double.parseDouble(parts[1]), ms, Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
        return new Measured(run, queriesAfter - queries - 1, (jvmAfter - jvm) / 1e6, (dbAfter - db) / 1e6);
    }

    /**
     * Waits (30 s at most) until this JVM and the database have settled after the warm-up (its mails
     * queued, compilations, collections): under 5 % of a core each over half a second.
     */
    static void untilIdle(com.sun.management.OperatingSystemMXBean os) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            long jvm = os.getProcessCpuTime();
            long db = databaseCpuNanos();
            Thread.sleep(500);
            if (os.getProcessCpuTime() - jvm < 25_000_000L && databaseCpuNanos() - db < 25_000_000L) {
                return;
            }
        }
    }

    static long databaseCpuNanos() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    static long questions(String jdbcUrl) throws SQLException {
        try (var c = DriverManager.getConnection(jdbcUrl); var s = c.createStatement();
             var rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    static long count(String jdbcUrl, long eventId) throws SQLException {
        try (var c = DriverManager.getConnection(jdbcUrl);
             var s = c.prepareStatement("SELECT COUNT(*) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'")) {
            s.setLong(1, eventId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String dayAndSlug(EventService events, String slug) {
        day(events, slug, CAPACITY);
        return slug;
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static long day(EventService events, String slug, int capacity) {
        return events.create(new EventDraft(slug, "Ruée " + slug, null, null, LocalDate.now().plusDays(30),
                LocalTime.of(9, 0), LocalTime.of(17, 0), null, EventStatus.PUBLISHED,
                LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(1), capacity, true, 5),
                List.of(), List.of());
    }

    /**
     * The child JVM: "http BASE WARM-SLUG N SLUG M" or "jdbc URL WARM-EVENT N EVENT M". Sends the warm-up round,
     * prints "WARM", waits for a line on its input, sends the measured round, prints "RESULT seconds ok errors ms…".
     */
    static final class Client {

        static void main(String[] args) throws Exception {
            String mode = args[1];
            String target = args[2];
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            var connections = new java.util.concurrent.ArrayBlockingQueue<Connection>(CLIENTS);
            if (mode.equals("jdbc")) {
                for (int i = 0; i < CLIENTS; i++) {
                    connections.add(DriverManager.getConnection(target));
                }
            }
            var pool = Executors.newFixedThreadPool(CLIENTS);
            round(mode, http, connections, pool, target, args[3], Integer.parseInt(args[4]), 100_000);
            System.out.println("WARM");
            System.out.flush();
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
            var measured = round(mode, http, connections, pool, target, args[5], Integer.parseInt(args[6]), 0);
            pool.shutdown();
            for (var c : connections) {
                c.close();
            }
            System.out.println(measured);
        }

        /** n registrations from {@value #CLIENTS} clients at once, numbered from offset; "RESULT seconds ok errors ms…". */
        static String round(String mode, HttpClient http, java.util.concurrent.BlockingQueue<Connection> connections,
                            java.util.concurrent.ExecutorService pool, String target, String what, int n, int offset)
                throws InterruptedException {
            var latencies = new double[n];
            var ok = new AtomicInteger();
            var errors = new AtomicInteger();
            var start = new CountDownLatch(1);
            var done = new CountDownLatch(n);
            for (int i = 0; i < n; i++) {
                int k = i;
                pool.execute(() -> {
                    try {
                        start.await();
                        long t = System.nanoTime();
                        boolean success = mode.equals("http") ? post(http, target, what, offset + k)
                                : lockedInsert(connections, Long.parseLong(what), offset + k);
                        latencies[k] = (System.nanoTime() - t) / 1e6;
                        (success ? ok : errors).incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        System.err.println(e);
                    } finally {
                        done.countDown();
                    }
                });
            }
            long t0 = System.nanoTime();
            start.countDown();
            done.await();
            double seconds = (System.nanoTime() - t0) / 1e9;
            var out = new StringBuilder("RESULT ").append(seconds).append(' ').append(ok.get()).append(' ')
                    .append(errors.get());
            for (double l : latencies) {
                out.append(' ').append(l);
            }
            return out.toString();
        }

        static boolean post(HttpClient http, String base, String slug, int i) throws Exception {
            var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/events/" + slug + "/registrations"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "10." + (i / 65536 % 256) + "." + (i / 256 % 256) + "." + (i % 256))
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"firstName": "Prénom%d", "lastName": "Nom%d", "email": "p%d@rush-http.test",
                             "organisation": "Structure", "lunch": true, "consentData": true, "language": "fr"}"""
                            .formatted(i, i, i))).build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                System.err.println(response.statusCode() + " " + response.body());
            }
            return response.statusCode() == 201;
        }

        /** The same guarded insert, bare: lock the event row, count under the lock, insert, commit. */
        static boolean lockedInsert(java.util.concurrent.BlockingQueue<Connection> connections, long eventId, int i)
                throws Exception {
            var c = connections.take();
            try {
                c.setAutoCommit(false);
                int capacity;
                try (var s = c.prepareStatement("SELECT capacity FROM event WHERE id = ? FOR UPDATE")) {
                    s.setLong(1, eventId);
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        capacity = rs.getInt(1);
                    }
                }
                int taken;
                try (var s = c.prepareStatement(
                        "SELECT COUNT(*) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'")) {
                    s.setLong(1, eventId);
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        taken = rs.getInt(1);
                    }
                }
                boolean seat = taken < capacity;
                try (var s = c.prepareStatement("INSERT INTO registration (event_id, token, first_name, last_name, "
                        + "email, consent_data, status, queue_number) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)")) {
                    s.setLong(1, eventId);
                    s.setString(2, UUID.randomUUID().toString());
                    s.setString(3, "Prénom" + i);
                    s.setString(4, "Nom" + i);
                    s.setString(5, "p" + i + "@rush-bare.test");
                    s.setString(6, seat ? "CONFIRMED" : "WAITLISTED");
                    s.setObject(7, seat ? null : (long) i);
                    s.executeUpdate();
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                connections.add(c);
            }
        }
    }
}
