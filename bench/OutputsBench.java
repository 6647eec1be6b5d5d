import static fr.journees.db.Tables.REGISTRATION;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;

import fr.journees.JourneesApplication;
import fr.journees.event.EventService;
import fr.journees.itinerary.ItineraryService;
import fr.journees.livret.LivretService;
import fr.journees.livret.PageFormat;
import fr.journees.sheets.SheetScope;
import fr.journees.sheets.SheetsService;
import fr.journees.workshop.WorkshopService;

/**
 * Outputs benchmark: the demo day's livret, sign-in sheets and badges for 1,000 registrations, and
 * programme.ics under concurrent requests through the real HTTP port. Prints one table. Run with
 * bench/run-outputs.
 */
public class OutputsBench {

    public static void main(String[] args) throws Exception {
        var context = new SpringApplication(JourneesApplication.class).run("--server.port=0", "--journees.demo=true",
                "--journees.embedded-db.data-dir=target/bench-outputs-mariadb", "--journees.embedded-db.ephemeral=true",
                "--logging.level.root=WARN");
        try {
            var events = context.getBean(EventService.class);
            var livrets = context.getBean(LivretService.class);
            var sheets = context.getBean(SheetsService.class);
            long bayonne = events.idBySlug("visite-bayonne-2024").orElseThrow();
            register(context.getBean(DSLContext.class), bayonne,
                    context.getBean(ItineraryService.class).forEvent(bayonne).stream().map(i -> i.id()).toList(),
                    context.getBean(WorkshopService.class).forEvent(bayonne).stream().map(w -> w.id()).toList());
            var rows = new ArrayList<String[]>();
            rows.add(measure("livret A4 of the demo day (29 pages)", 2, 10,
                    () -> livrets.pdf(bayonne, PageFormat.A4, Locale.FRENCH)));
            rows.add(measure("livret A5 of the demo day", 1, 5, () -> livrets.pdf(bayonne, PageFormat.A5, Locale.FRENCH)));
            rows.add(measure("émargement, whole day, 1,000 registrations", 2, 10,
                    () -> sheets.signInSheet(bayonne, new SheetScope.WholeDay(), Locale.FRENCH)));
            rows.add(measure("badges, 1,000 registrations, with QR codes", 1, 5,
                    () -> sheets.badges(bayonne, new SheetScope.WholeDay(), true, Locale.FRENCH)));
            rows.add(measure("badges, 1,000 registrations, without QR codes", 1, 5,
                    () -> sheets.badges(bayonne, new SheetScope.WholeDay(), false, Locale.FRENCH)));
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            rows.addAll(concurrent(port, 16, 50));
            FoundationBenchTable.print(rows);
        } finally {
            context.close();
        }
    }

    static void register(DSLContext dsl, long eventId, List<Long> itineraries, List<Long> workshops) {
        var insert = dsl.insertInto(REGISTRATION, REGISTRATION.EVENT_ID, REGISTRATION.TOKEN, REGISTRATION.FIRST_NAME,
                REGISTRATION.LAST_NAME, REGISTRATION.EMAIL, REGISTRATION.ORGANISATION_NAME, REGISTRATION.CONSENT_DATA,
                REGISTRATION.STATUS, REGISTRATION.ASSIGNED_ITINERARY_ID, REGISTRATION.ASSIGNED_WORKSHOP_ID);
        for (int i = 0; i < 1_000; i++) {
            insert = insert.values(eventId, UUID.randomUUID().toString(), "Prénom" + i, "Nom-" + (char) ('A' + i % 26) + i,
                    "bench" + i + "@journees.test", "Organisation n° " + (i % 40), true, "CONFIRMED",
                    itineraries.get(i % itineraries.size()), workshops.get(i % workshops.size()));
        }
        insert.execute();
    }

    static String[] measure(String name, int warmup, int runs, Supplier<byte[]> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        var samples = new double[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            size = work.get().length;
            samples[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(samples);
        return new String[] {name + " [" + size / 1024 + " KB]", String.valueOf(runs), fmt(samples[runs / 2]),
                fmt(samples[(int) Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)]), fmt(samples[runs - 1])};
    }

    /** threads clients each fetching programme.ics requests times; latency per request and throughput. */
    static List<String[]> concurrent(int port, int threads, int requests) throws Exception {
        var uri = URI.create("http://localhost:" + port + "/e/visite-bayonne-2024/programme.ics");
        try (var client = HttpClient.newHttpClient(); var pool = Executors.newFixedThreadPool(threads)) {
            var request = HttpRequest.newBuilder(uri).build();
            for (int i = 0; i < 50; i++) {
                client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            var tasks = new ArrayList<Callable<double[]>>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    var samples = new double[requests];
                    for (int i = 0; i < requests; i++) {
                        long start = System.nanoTime();
                        var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("HTTP " + response.statusCode());
                        }
                        samples[i] = (System.nanoTime() - start) / 1e6;
                    }
                    return samples;
                });
            }
            long started = System.nanoTime();
            var all = new double[threads * requests];
            int k = 0;
            for (var future : pool.invokeAll(tasks)) {
                for (var sample : future.get()) {
                    all[k++] = sample;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(all);
            return List.of(new String[] {"programme.ics, " + threads + " concurrent clients", String.valueOf(all.length),
                    fmt(all[all.length / 2]), fmt(all[(int) (all.length * 0.95)]), fmt(all[all.length - 1])},
                    new String[] {"  throughput: " + String.format(Locale.ROOT, "%.0f", all.length / seconds)
                            + " requests/s", "", "", "", ""});
        }
    }

    static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}

class FoundationBenchTable {

    static void print(List<String[]> rows) {
        System.out.printf("%n%-60s %6s %10s %10s %10s%n", "measure", "runs", "p50 ms", "p95 ms", "max ms");
        System.out.println("-".repeat(100));
        for (var r : rows) {
            System.out.printf("%-60s %6s %10s %10s %10s%n", (Object[]) r);
        }
    }
}
