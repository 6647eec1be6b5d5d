import java.lang.management.ManagementFactory;
import java.nio.file.Path;
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
 * day of the same MariaDB. The clients run in a child JVM ({@code bench/RushClient.java}), so that the CPU
 * measured is the server's: this JVM's and the MariaDB server's, per registration, with the statements the
 * server received; the clients' own CPU is shown beside it, since they share the machine's cores.
 */
public class HttpRegistrationRushBench {

    static final int REGISTRATIONS = 1000;
    static final int CLIENTS = 64;
    static final int CAPACITY = 300;
    static final int WARM_UP = 10_000;
    /** The warm-up confirms the same share as the measured round, so that both of its paths are compiled. */
    static final int WARM_UP_CAPACITY = WARM_UP * CAPACITY / REGISTRATIONS;

    public static void main(String[] args) throws Exception {
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
            System.out.printf(Locale.ROOT, "%-24s %7s %7s %7s %7s %7s %6s %6s %9s %10s %9s %9s %9s %11s%n", "path", "req/s",
                    "p50 ms", "p95 ms", "p99 ms", "max ms", "ok", "errors", "confirmed", "overbooked", "queries/r",
                    "JVM ms/r", "DB ms/r", "client ms/r");
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

    record Measured(Run run, long queries, double jvmCpuMs, double dbCpuMs, double clientCpuMs) {
    }

    static void row(String path, Measured m, long confirmed) {
        var ms = m.run.sortedMs;
        System.out.printf(Locale.ROOT, "%-24s %7.0f %7.1f %7.1f %7.1f %7.1f %6d %6d %9d %10d %9.1f %9.2f %9.2f %11.2f%n", path,
                m.run.perSecond(), pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1], m.run.ok, m.run.errors,
                confirmed, Math.max(0, confirmed - CAPACITY), (double) m.queries / REGISTRATIONS,
                m.jvmCpuMs / REGISTRATIONS, m.dbCpuMs / REGISTRATIONS, m.clientCpuMs / REGISTRATIONS);
    }

    /**
     * One path, measured: a child JVM of clients first warms up (its own HTTP or JDBC code as much as the
     * server's) with {@value #WARM_UP} registrations on warmUpDay, then, once this JVM has read its counters,
     * sends the {@value #REGISTRATIONS} measured ones to day. Server-side cost: statements received, CPU of
     * this JVM and of the MariaDB server, over the measured round only.
     */
    static Measured measure(String jdbcUrl, String mode, String target, String warmUpDay, String day) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "bench/RushClient.java", mode, target, warmUpDay,
                String.valueOf(WARM_UP), day, String.valueOf(REGISTRATIONS), String.valueOf(CLIENTS)));
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
        var ms = Arrays.stream(parts, 5, parts.length).mapToDouble(Double::parseDouble).sorted().toArray();
        var run = new Run(Double.parseDouble(parts[1]), ms, Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
        return new Measured(run, queriesAfter - queries - 1, (jvmAfter - jvm) / 1e6, (dbAfter - db) / 1e6,
                Long.parseLong(parts[4]) / 1e6);
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
}
