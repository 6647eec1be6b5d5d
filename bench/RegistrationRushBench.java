import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;

import fr.journees.JourneesApplication;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;

/**
 * Registration rush: 1,000 submissions from many threads for a day of 300 places, through the
 * service (locks, re-count, token, outbox mail with its .ics), next to a plain-JDBC baseline doing the
 * same locked check-and-insert on the same database in the same run. Prints throughput, latency
 * percentiles and the overbooking count (must be 0).
 */
public class RegistrationRushBench {

    static final int SUBMISSIONS = 1000;
    static final int THREADS = 50;
    static final int CAPACITY = 300;

    interface Submit {
        void run(int i) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        var context = new SpringApplication(JourneesApplication.class).run("--server.port=0", "--journees.demo=false",
                "--journees.embedded-db.data-dir=target/bench-mariadb", "--journees.embedded-db.ephemeral=true",
                "--logging.level.root=WARN");
        try {
            var events = context.getBean(EventService.class);
            var registrations = context.getBean(RegistrationService.class);
            var dataSource = context.getBean(DataSource.class);
            long viaService = day(events, "rush-service");
            long viaJdbc = day(events, "rush-jdbc");
            // warm-up on a third day so that neither measured run pays for JIT and pool start
            long warm = day(events, "rush-warmup");
            run(200, i -> registrations.register(warm, person(i)));

            var service = run(SUBMISSIONS, i -> registrations.register(viaService, person(i)));
            var jdbc = run(SUBMISSIONS, i -> plainInsert(dataSource, viaJdbc, i));
            System.out.printf(Locale.ROOT, "%nRegistration rush: %d submissions, %d threads, capacity %d%n",
                    SUBMISSIONS, THREADS, CAPACITY);
            System.out.printf(Locale.ROOT, "%-28s %10s %8s %8s %8s %8s %10s %12s%n", "path", "req/s", "p50 ms",
                    "p95 ms", "p99 ms", "max ms", "confirmed", "overbooked");
            print("service (locks + mail)", service, confirmed(registrations, viaService));
            print("plain JDBC (locked insert)", jdbc, confirmedJdbc(dataSource, viaJdbc));
        } finally {
            context.close();
        }
    }

    record Result(double seconds, double[] latenciesMs, int errors) {
    }

    static Result run(int n, Submit submit) throws Exception {
        var pool = Executors.newFixedThreadPool(THREADS);
        var latencies = new double[n];
        var errors = new AtomicInteger();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            int k = i;
            pool.execute(() -> {
                try {
                    start.await();
                    long t = System.nanoTime();
                    submit.run(k);
                    latencies[k] = (System.nanoTime() - t) / 1e6;
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
        pool.shutdown();
        return new Result(seconds, latencies, errors.get());
    }

    static void print(String name, Result r, int confirmed) {
        var sorted = r.latenciesMs().clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-28s %10.0f %8.1f %8.1f %8.1f %8.1f %10d %12d%s%n", name,
                SUBMISSIONS / r.seconds(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1],
                confirmed, Math.max(0, confirmed - CAPACITY), r.errors() == 0 ? "" : "  errors: " + r.errors());
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static long day(EventService events, String slug) {
        return events.create(new EventDraft(slug, "Ruée " + slug, null, null, LocalDate.now().plusDays(30),
                LocalTime.of(9, 0), LocalTime.of(17, 0), null, EventStatus.PUBLISHED,
                LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(1), CAPACITY, true, 5),
                List.of(), List.of());
    }

    static RegistrationRequest person(int i) {
        return new RegistrationRequest("Prénom" + i, "Nom" + i, "p" + i + "@rush.test", null, "Structure", null, null,
                null, null, true, null, null, true, false, "fr");
    }

    static int confirmed(RegistrationService registrations, long eventId) {
        return (int) registrations.all(eventId).stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .count();
    }

    /** The same guarded insert, by hand: lock the event, count under the lock, insert, commit. */
    static void plainInsert(DataSource dataSource, long eventId, int i) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
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
                try (var s = c.prepareStatement("INSERT INTO registration (event_id, token, first_name, last_name, "
                        + "email, consent_data, status, queue_number) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)")) {
                    s.setLong(1, eventId);
                    s.setString(2, java.util.UUID.randomUUID().toString());
                    s.setString(3, "Prénom" + i);
                    s.setString(4, "Nom" + i);
                    s.setString(5, "p" + i + "@rush.test");
                    s.setString(6, taken < capacity ? "CONFIRMED" : "WAITLISTED");
                    s.setObject(7, taken < capacity ? null : (long) i);
                    s.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    static int confirmedJdbc(DataSource dataSource, long eventId) throws SQLException {
        try (var c = dataSource.getConnection();
             var s = c.prepareStatement("SELECT COUNT(*) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'")) {
            s.setLong(1, eventId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
