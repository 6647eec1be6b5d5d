import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.apache.catalina.Context;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import fr.journees.JourneesApplication;
import fr.journees.db.Tables;
import fr.journees.event.EventService;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;

/**
 * The public pages under a rush, against a static file of the same server in the same run (the page's own
 * bytes saved as a file, and the 8 KB stylesheet): 500 concurrent
 * clients loading a copy of the Bayonne day's page (programme, two parcours, four ateliers), then its
 * unchanged programme.ics, plain and conditional; then 500 loading the page while 64 fill in and submit the
 * form (GET the form, POST it, follow to the personal page) for a day of 300 places. The clients run in a
 * child JVM. It prints requests/s and p50/p95/p99 per path, the ratio to the static file, the registrations
 * confirmed and overbooked, and the HTTP sessions the server created.
 */
public class PublicPagesBench {

    static final int VISITORS = 500;
    static final int SUBMITTERS = 64;
    static final int REQUESTS = 10_000;
    static final int REGISTRATIONS = 640;
    static final int CAPACITY = 300;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("client")) {
            Client.main(args);
            return;
        }
        var context = new SpringApplication(JourneesApplication.class).run("--server.port=0", "--journees.demo=true",
                "--journees.embedded-db.data-dir=target/bench-mariadb", "--journees.embedded-db.ephemeral=true",
                "--logging.level.root=WARN", "--server.tomcat.threads.max=200",
                "--spring.web.resources.static-locations=classpath:/META-INF/resources/,file:target/bench-static/");
        try {
            var server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
            var base = "http://127.0.0.1:" + server.getPort();
            var events = context.getBean(EventService.class);
            var slug = openCopy(events, context.getBean(DSLContext.class), "bayonne-ruee");
            var staticRushSlug = openCopy(events, context.getBean(DSLContext.class), "bayonne-ruee-statique");
            var sessions = (Context) server.getTomcat().getHost().findChildren()[0];
            long sessionsBefore = sessions.getManager().getSessionCounter();

            // The baseline: the page's own bytes as a static file of the same server, and a small stylesheet.
            var staticPage = Path.of("target/bench-static/css/page-" + slug + ".html");
            java.nio.file.Files.createDirectories(staticPage.getParent());
            java.nio.file.Files.write(staticPage, java.net.http.HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/e/" + slug)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body());
            var staticPath = "/css/" + staticPage.getFileName();
            client("get", base, staticPath, "2000", "");
            client("get", base, "/css/public.css", "2000", "");
            client("get", base, "/e/" + slug, "2000", "");
            var rows = new ArrayList<String[]>();
            var file = client("get", base, staticPath, String.valueOf(REQUESTS), "");
            var css = client("get", base, "/css/public.css", String.valueOf(REQUESTS), "");
            var page = client("get", base, "/e/" + slug, String.valueOf(REQUESTS), "");
            var page304 = client("revalidate", base, "/e/" + slug, String.valueOf(REQUESTS), "");
            var ics = client("get", base, "/e/" + slug + "/programme.ics", String.valueOf(REQUESTS), "");
            var ics304 = client("revalidate", base, "/e/" + slug + "/programme.ics", String.valueOf(REQUESTS), "");
            var mixedStatic = client("mixed", base, staticRushSlug, String.valueOf(REQUESTS),
                    String.valueOf(REGISTRATIONS), staticPath);
            var mixed = client("mixed", base, slug, String.valueOf(REQUESTS), String.valueOf(REGISTRATIONS),
                    "/e/" + slug);
            long sessionsCreated = sessions.getManager().getSessionCounter() - sessionsBefore;

            var registrations = context.getBean(RegistrationService.class);
            var counts = new StringBuilder();
            for (var day : List.of(staticRushSlug, slug)) {
                var all = registrations.all(events.idBySlug(day).orElseThrow());
                long confirmed = all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
                counts.append(String.format(Locale.ROOT, "%s: %d registrations, %d confirmed (capacity %d), %d overbooked; ",
                        day, all.size(), confirmed, CAPACITY, Math.max(0, confirmed - CAPACITY)));
            }
            System.out.printf(Locale.ROOT, "%nPublic pages: %d concurrent visitors, %d submitting the form, loopback, same run%n",
                    VISITORS, SUBMITTERS);
            System.out.printf(Locale.ROOT, "%-40s %8s %7s %7s %7s %6s %6s %10s%n", "path", "req/s", "p50 ms", "p95 ms",
                    "p99 ms", "ok", "errors", "vs static");
            row("static file: the page's bytes", file.get(0), file.get(0));
            row("static file /css/public.css (8 KB)", css.get(0), file.get(0));
            row("event page /e/{slug}", page.get(0), file.get(0));
            row("event page, If-None-Match (304)", page304.get(0), file.get(0));
            row("programme.ics, unchanged", ics.get(0), file.get(0));
            row("programme.ics, If-None-Match (304)", ics304.get(0), file.get(0));
            row("static file during a form rush", mixedStatic.get(0), file.get(0));
            row("form: GET, POST, personal page", mixedStatic.get(1), file.get(0));
            row("event page during a form rush", mixed.get(0), file.get(0));
            row("form: GET, POST, personal page", mixed.get(1), file.get(0));
            System.out.printf(Locale.ROOT, "%n%sHTTP sessions created by all of the above: %d%n", counts,
                    sessionsCreated);
            System.out.printf(Locale.ROOT, "targets: event page >= 0.50 x static (%.2f alone, %.2f during a form rush), "
                            + "unchanged programme.ics >= 0.80 x static (%.2f), 0 sessions%n",
                    page.get(0).perSecond() / file.get(0).perSecond(),
                    mixed.get(0).perSecond() / mixedStatic.get(0).perSecond(),
                    ics.get(0).perSecond() / file.get(0).perSecond());
        } finally {
            context.close();
        }
    }

    /** A copy of the demo day, published, registration open, 300 places. */
    static String openCopy(EventService events, DSLContext dsl, String slug) {
        long copy = events.duplicate(events.idBySlug("visite-bayonne-2024").orElseThrow(), slug,
                "Visite du quartier Hauts de Sainte-Croix-Mounédé", LocalDate.now().plusDays(30));
        dsl.update(Tables.EVENT).set(Tables.EVENT.STATUS, "PUBLISHED")
                .set(Tables.EVENT.REGISTRATION_OPENS_AT, LocalDateTime.now().minusDays(1))
                .set(Tables.EVENT.REGISTRATION_CLOSES_AT, LocalDateTime.now().plusDays(10))
                .set(Tables.EVENT.CAPACITY, CAPACITY).where(Tables.EVENT.ID.eq(copy)).execute();
        return slug;
    }

    record Run(int requests, double seconds, double[] sortedMs, int ok, int errors) {
        double perSecond() {
            return requests / seconds;
        }
    }

    static void row(String path, Run run, Run file) {
        var ms = run.sortedMs;
        System.out.printf(Locale.ROOT, "%-40s %8.0f %7.1f %7.1f %7.1f %6d %6d %9.2fx%n", path, run.perSecond(),
                pct(ms, 50), pct(ms, 95), pct(ms, 99), run.ok, run.errors, run.perSecond() / file.perSecond());
    }

    static double pct(double[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Runs the clients in a child JVM; each output line "RESULT requests seconds ok errors ms…" is one Run. */
    static List<Run> client(String... args) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djdk.httpclient.keepalive.timeout=60", "-cp", System.getProperty("java.class.path"),
                "bench/PublicPagesBench.java", "client"));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var lines = new String(process.getInputStream().readAllBytes()).lines().filter(l -> l.startsWith("RESULT ")).toList();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("client failed: " + lines);
        }
        return lines.stream().map(line -> {
            var parts = line.split(" ");
            var ms = Arrays.stream(parts, 5, parts.length).mapToDouble(Double::parseDouble).sorted().toArray();
            return new Run(Integer.parseInt(parts[1]), Double.parseDouble(parts[2]), ms, Integer.parseInt(parts[3]),
                    Integer.parseInt(parts[4]));
        }).toList();
    }

    /** The child JVM: "get|revalidate BASE PATH N" or "mixed BASE SLUG N REGISTRATIONS PATH": in the last, the
     * visitors load PATH while the others register for the day SLUG. */
    static final class Client {

        static final Pattern ETAG = Pattern.compile("\"[^\"]+\"");

        static void main(String[] args) throws Exception {
            String mode = args[1];
            String base = args[2];
            String target = args[3];
            int n = Integer.parseInt(args[4]);
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(20)).build();
            if (mode.equals("mixed")) {
                int registrations = Integer.parseInt(args[5]);
                var visitors = new Thread[1];
                var pageRun = new Run[1];
                visitors[0] = Thread.ofPlatform().start(() -> {
                    try {
                        pageRun[0] = load(http, base, args[6], n, false);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                var form = submit(http, base, target, registrations);
                visitors[0].join();
                print(pageRun[0]);
                print(form);
                return;
            }
            print(load(http, base, target, n, mode.equals("revalidate")));
        }

        static void print(Run run) {
            var out = new StringBuilder("RESULT ").append(run.requests).append(' ').append(run.seconds).append(' ')
                    .append(run.ok).append(' ').append(run.errors);
            for (double l : run.sortedMs) {
                out.append(' ').append(l);
            }
            System.out.println(out);
        }

        /** N GETs from VISITORS concurrent clients; revalidating clients send the ETag of a first answer. */
        static Run load(HttpClient http, String base, String path, int n, boolean revalidate) throws Exception {
            String etag = null;
            if (revalidate) {
                etag = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
            }
            var conditional = etag;
            return run(n, VISITORS, k -> {
                var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
                if (conditional != null) {
                    request.header("If-None-Match", conditional);
                }
                int status = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                return conditional != null ? status == 304 : status == 200;
            });
        }

        /** Each registration as a participant makes it: the form, the POST, the personal page it lands on. */
        static Run submit(HttpClient http, String base, String slug, int n) throws Exception {
            return run(n, SUBMITTERS, k -> {
                var form = URI.create(base + "/e/" + slug + "/inscription");
                if (http.send(HttpRequest.newBuilder(form).build(), HttpResponse.BodyHandlers.ofByteArray())
                        .statusCode() != 200) {
                    return false;
                }
                var body = "firstName=Pr%C3%A9nom" + k + "&lastName=Nom" + k + "&email="
                        + URLEncoder.encode("p" + k + "@ruee-formulaire.test", StandardCharsets.UTF_8)
                        + "&consentData=on&structureKind=&departement=64&website=";
                var posted = http.send(HttpRequest.newBuilder(form).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base).header("Sec-Fetch-Site", "same-origin")
                        .header("X-Forwarded-For", "10.1." + (k / 256 % 256) + "." + (k % 256))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                if (posted.statusCode() != 303) {
                    System.err.println("form answered " + posted.statusCode());
                    return false;
                }
                var personal = URI.create(base + posted.headers().firstValue("Location").orElseThrow());
                return http.send(HttpRequest.newBuilder(personal).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            });
        }

        interface Step {
            boolean run(int k) throws Exception;
        }

        static Run run(int n, int concurrency, Step step) throws Exception {
            var latencies = new double[n];
            var ok = new AtomicInteger();
            var errors = new AtomicInteger();
            var next = new AtomicInteger();
            var done = new CountDownLatch(concurrency);
            long t0 = System.nanoTime();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < concurrency; c++) {
                    pool.execute(() -> {
                        try {
                            for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
                                long t = System.nanoTime();
                                boolean success;
                                try {
                                    success = step.run(k);
                                } catch (Exception e) {
                                    success = false;
                                }
                                latencies[k] = (System.nanoTime() - t) / 1e6;
                                (success ? ok : errors).incrementAndGet();
                            }
                        } finally {
                            done.countDown();
                        }
                    });
                }
                done.await();
            }
            return new Run(n, (System.nanoTime() - t0) / 1e9, latencies, ok.get(), errors.get());
        }
    }
}
