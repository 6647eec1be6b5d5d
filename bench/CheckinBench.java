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

import org.springframework.boot.SpringApplication;

import fr.journees.JourneesApplication;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.CheckinOutcome;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.RegistrationService;

/**
 * The morning rush at the door: 1,000 confirmed registrations, 4 doors checking in 250 people each
 * by code, as fast as they can, through AttendanceService on the embedded MariaDB. Prints p50/p95 of
 * a check-in, check-ins per second, and how many arrivals were recorded (must be 1,000); then the
 * door's search as you type over those 1,000.
 */
public class CheckinBench {

    static final int PEOPLE = 1000;
    static final int DOORS = 4;

    public static void main(String[] args) throws Exception {
        var context = new SpringApplication(JourneesApplication.class).run("--server.port=0", "--journees.demo=false",
                "--journees.embedded-db.data-dir=target/bench-mariadb", "--journees.embedded-db.ephemeral=true",
                "--logging.level.root=WARN");
        try {
            var events = context.getBean(EventService.class);
            var registrations = context.getBean(RegistrationService.class);
            var attendance = context.getBean(AttendanceService.class);
            long warm = day(events, "accueil-echauffement");
            long eventId = day(events, "accueil-ruee");
            var warmCodes = register(registrations, warm, 200, "w");
            doors(attendance, warm, warmCodes);
            var codes = register(registrations, eventId, PEOPLE, "p");

            var r = doors(attendance, eventId, codes);
            var sorted = r.latenciesMs().clone();
            Arrays.sort(sorted);
            int recorded = attendance.summary(eventId).present();
            System.out.printf(Locale.ROOT, "%nCheck-in rush: %d registrations, %d doors of %d codes each%n", PEOPLE,
                    DOORS, PEOPLE / DOORS);
            System.out.printf(Locale.ROOT, "%10s %8s %8s %8s %8s %10s %8s%n", "check-ins/s", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "recorded", "arrived");
            System.out.printf(Locale.ROOT, "%10.0f %8.1f %8.1f %8.1f %8.1f %10d %8d%n", PEOPLE / r.seconds(),
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1], recorded, r.arrived());
            var searches = new double[200];
            var terms = List.of("Nom12", "prénom 5", "Structure", "p777@", "nom9 prénom9", "zzz");
            for (int i = 0; i < searches.length; i++) {
                long t = System.nanoTime();
                attendance.search(eventId, terms.get(i % terms.size()));
                searches[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(searches);
            System.out.printf(Locale.ROOT, "Search as you type on that day: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    pct(searches, 50), pct(searches, 95), searches[searches.length - 1]);
            if (recorded != PEOPLE || r.arrived() != PEOPLE) {
                System.out.println("FAILED: every person must be recorded once");
                System.exit(1);
            }
        } finally {
            context.close();
        }
    }

    record Result(double seconds, double[] latenciesMs, int arrived) {
    }

    /** Door d checks in codes d, d + DOORS, d + 2 DOORS…: each its own quarter of the queue. */
    static Result doors(AttendanceService attendance, long eventId, List<String> codes) throws Exception {
        var pool = Executors.newFixedThreadPool(DOORS);
        var latencies = new double[codes.size()];
        var arrived = new AtomicInteger();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(DOORS);
        for (int d = 0; d < DOORS; d++) {
            int door = d;
            pool.execute(() -> {
                try {
                    start.await();
                    for (int i = door; i < codes.size(); i += DOORS) {
                        long t = System.nanoTime();
                        var outcome = attendance.checkInByCode(eventId, codes.get(i), "bench", "Porte " + door);
                        latencies[i] = (System.nanoTime() - t) / 1e6;
                        if (outcome.answer() == CheckinOutcome.Answer.ARRIVED) {
                            arrived.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
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
        return new Result(seconds, latencies, arrived.get());
    }

    static List<String> register(RegistrationService registrations, long eventId, int n, String prefix) {
        var codes = new ArrayList<String>(n);
        for (int i = 0; i < n; i++) {
            var outcome = registrations.addByHand(eventId, new RegistrationRequest("Prénom" + i, "Nom" + i,
                    prefix + i + "@accueil.test", null, "Structure", null, null, null, null, true, null, null, true,
                    false, "fr"));
            codes.add(registrations.byId(outcome.id()).orElseThrow().checkinCode());
        }
        return codes;
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static long day(EventService events, String slug) {
        return events.create(new EventDraft(slug, "Accueil " + slug, null, null, LocalDate.now().plusDays(30),
                LocalTime.of(9, 0), LocalTime.of(17, 0), null, EventStatus.PUBLISHED,
                LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(1), null, true, 5),
                List.of(), List.of());
    }
}
