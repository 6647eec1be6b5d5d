import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;

/**
 * The HTTP registration rush: 1,000 POST /api/v1/events/{slug}/registrations from 64 concurrent clients
 * on loopback for a day of 300 places, each registration from its own address (X-Forwarded-For, as
 * behind a reverse proxy: a thousand phones, not one script). Prints throughput, latency percentiles,
 * errors by kind and the overbooking count (must be 0).
 */
public class HttpRegistrationRushBench {

    static final int REGISTRATIONS = 1000;
    static final int CLIENTS = 64;
    static final int CAPACITY = 300;

    public static void main(String[] args) throws Exception {
        var context = new SpringApplication(JourneesApplication.class).run("--server.port=0", "--journees.demo=false",
                "--journees.embedded-db.data-dir=target/bench-mariadb", "--journees.embedded-db.ephemeral=true",
                "--logging.level.root=WARN", "--server.tomcat.threads.max=200");
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var events = context.getBean(EventService.class);
            var registrations = context.getBean(RegistrationService.class);
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            day(events, "rush-http-warmup");
            run(http, port, "rush-http-warmup", 200, 10_000);
            long eventId = day(events, "rush-http");

            var result = run(http, port, "rush-http", REGISTRATIONS, 0);

            var all = registrations.all(eventId);
            long confirmed = all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
            long waitlisted = all.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count();
            var sorted = result.latenciesMs().clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%nHTTP registration rush: %d registrations, %d concurrent clients, "
                    + "capacity %d, loopback%n", REGISTRATIONS, CLIENTS, CAPACITY);
            System.out.printf(Locale.ROOT, "%-10s %8s %8s %8s %8s %8s %8s %8s %10s %11s %11s%n", "req/s", "p50 ms",
                    "p95 ms", "p99 ms", "max ms", "201", "4xx", "5xx/io", "confirmed", "waitlisted", "overbooked");
            System.out.printf(Locale.ROOT, "%-10.0f %8.1f %8.1f %8.1f %8.1f %8d %8d %8d %10d %11d %11d%n",
                    REGISTRATIONS / result.seconds(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted[sorted.length - 1], result.created(), result.clientErrors(), result.serverErrors(),
                    confirmed, waitlisted, Math.max(0, confirmed - CAPACITY));
        } finally {
            context.close();
        }
    }

    record Result(double seconds, double[] latenciesMs, int created, int clientErrors, int serverErrors) {
    }

    static Result run(HttpClient http, int port, String slug, int n, int addressOffset) throws Exception {
        var pool = Executors.newFixedThreadPool(CLIENTS);
        var latencies = new double[n];
        var created = new AtomicInteger();
        var clientErrors = new AtomicInteger();
        var serverErrors = new AtomicInteger();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(n);
        var uri = URI.create("http://127.0.0.1:" + port + "/api/v1/events/" + slug + "/registrations");
        for (int i = 0; i < n; i++) {
            int k = i;
            pool.execute(() -> {
                try {
                    start.await();
                    var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .header("X-Forwarded-For", address(addressOffset + k))
                            .POST(HttpRequest.BodyPublishers.ofString(person(k))).build();
                    long t = System.nanoTime();
                    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[k] = (System.nanoTime() - t) / 1e6;
                    if (response.statusCode() == 201) {
                        created.incrementAndGet();
                    } else if (response.statusCode() < 500) {
                        clientErrors.incrementAndGet();
                        System.err.println(response.statusCode() + " " + response.body());
                    } else {
                        serverErrors.incrementAndGet();
                        System.err.println(response.statusCode() + " " + response.body());
                    }
                } catch (Exception e) {
                    serverErrors.incrementAndGet();
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
        return new Result(seconds, latencies, created.get(), clientErrors.get(), serverErrors.get());
    }

    static String address(int i) {
        return "10." + (i / 65536 % 256) + "." + (i / 256 % 256) + "." + (i % 256);
    }

    static String person(int i) {
        return """
                {"firstName": "Prénom%d", "lastName": "Nom%d", "email": "p%d@rush-http.test",
                 "organisation": "Structure", "lunch": true, "consentData": true, "language": "fr"}"""
                .formatted(i, i, i);
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
}
