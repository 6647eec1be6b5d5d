import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.journees.JourneesApplication;
import fr.journees.event.EventService;
import fr.journees.itinerary.ItineraryService;
import fr.journees.itinerary.planning.RotationGroup;
import fr.journees.itinerary.planning.RotationPlace;
import fr.journees.itinerary.planning.RotationPlanner;
import fr.journees.itinerary.planning.RotationProposal;
import fr.journees.workshop.WorkshopService;

/**
 * Benchmark: cold start (embedded MariaDB, migrations, demo day), the queries behind the dashboard,
 * the day overview and a login, and rotation planning. Prints one table. Run with bench/run.
 */
public class FoundationBench {

    static final int WARMUP = 50;
    static final int RUNS = 300;

    public static void main(String[] args) {
        long started = System.nanoTime();
        var app = new SpringApplication(JourneesApplication.class);
        var context = app.run("--server.port=0", "--journees.demo=true",
                "--journees.embedded-db.data-dir=target/bench-mariadb", "--journees.embedded-db.ephemeral=true",
                "--logging.level.root=WARN");
        double startMs = (System.nanoTime() - started) / 1e6;
        try {
            var rows = new ArrayList<String[]>();
            rows.add(new String[] {"cold start (embedded MariaDB + Flyway + demo day)", "1", fmt(startMs), "", ""});
            var events = context.getBean(EventService.class);
            var itineraries = context.getBean(ItineraryService.class);
            var workshops = context.getBean(WorkshopService.class);
            long bayonne = events.idBySlug("visite-bayonne-2024").orElseThrow();
            rows.add(measure("dashboard page (50 events)", () -> events.summaries(0, 50)));
            rows.add(measure("day overview (programme + parcours + ateliers)", () -> {
                events.programme(bayonne);
                itineraries.forEvent(bayonne);
                return workshops.forEvent(bayonne);
            }));
            var users = context.getBean(UserDetailsService.class);
            var encoder = context.getBean(PasswordEncoder.class);
            rows.add(measure("login check (account lookup + BCrypt)", () ->
                    encoder.matches("journees-demo", users.loadUserByUsername("orga@journees.test").getPassword())));
            rows.add(measure("rotation 8 places x 8 parcours (coordinates)", () -> rotation(8, 8, false)));
            rows.add(measure("rotation 8 places x 8 parcours (unequal stays)", () -> rotation(8, 8, true)));
            print(rows);
        } finally {
            close(context);
        }
    }

    static RotationProposal rotation(int placeCount, int groupCount, boolean unequalStays) {
        var places = new ArrayList<RotationPlace>();
        for (int i = 0; i < placeCount; i++) {
            var latitude = new BigDecimal("43.4950").add(new BigDecimal(i % 3).multiply(new BigDecimal("0.0021")));
            var longitude = new BigDecimal("-1.4650").add(new BigDecimal(i / 3).multiply(new BigDecimal("0.0027")));
            places.add(new RotationPlace(i + 1, "Lieu " + (i + 1), unequalStays ? 15 + 5 * (i % 3) : 20, latitude,
                    longitude));
        }
        var groups = new ArrayList<RotationGroup>();
        for (int g = 0; g < groupCount; g++) {
            groups.add(new RotationGroup(g + 1, "Parcours " + (g + 1), LocalTime.of(9, 50)));
        }
        var proposal = RotationPlanner.propose(places, groups, 5);
        if (!(proposal instanceof RotationProposal.Found) && !unequalStays) {
            throw new IllegalStateException("No rotation found: " + proposal);
        }
        return proposal;
    }

    static String[] measure(String name, Supplier<?> work) {
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        var samples = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            samples[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(samples);
        return new String[] {name, String.valueOf(RUNS), fmt(samples[RUNS / 2]), fmt(samples[(int) (RUNS * 0.95)]),
                fmt(samples[RUNS - 1])};
    }

    static void print(ArrayList<String[]> rows) {
        System.out.printf("%n%-52s %6s %10s %10s %10s%n", "measure", "runs", "p50 ms", "p95 ms", "max ms");
        System.out.println("-".repeat(92));
        for (var r : rows) {
            System.out.printf("%-52s %6s %10s %10s %10s%n", (Object[]) r);
        }
    }

    static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms);
    }

    static void close(ConfigurableApplicationContext context) {
        context.close();
    }
}
