package fr.journees.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import fr.journees.base.database.EmbeddedMariaDb;
import fr.journees.event.EventService;

/**
 * Loads the Bayonne demo day when {@code journees.demo} is true. Unset, it follows the database: on
 * for the embedded one (a newcomer sees a real day), off for an external one (production). With it
 * comes an upcoming copy, registration open and already under way ({@code journees.demo.upcoming},
 * on by default with the demo).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDayImporter importer;
    private final UpcomingDayActivity activity;
    private final EventService events;
    private final boolean enabled;
    private final boolean upcoming;

    DemoDataLoader(DemoDayImporter importer, UpcomingDayActivity activity, EventService events,
                   Environment environment, ObjectProvider<EmbeddedMariaDb> embeddedDatabase) {
        this.importer = importer;
        this.activity = activity;
        this.events = events;
        this.enabled = environment.getProperty("journees.demo", Boolean.class,
                embeddedDatabase.getIfAvailable() != null);
        this.upcoming = enabled && environment.getProperty("journees.demo.upcoming", Boolean.class, true);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        var day = BayonneDemoDay.create();
        boolean imported = importer.importDay(day);
        log.info(imported ? "Demo day '{}' loaded" : "Demo day '{}' already present, left as it is",
                day.event().slug());
        if (upcoming) {
            loadUpcoming();
        }
    }

    /** The copy's registrations go through the registration service, outside the import's transaction. */
    void loadUpcoming() {
        var copy = UpcomingBayonneDay.create(LocalDate.now());
        if (importer.importDay(copy)) {
            activity.fill(events.idBySlug(copy.event().slug()).orElseThrow());
            log.info("Upcoming demo day '{}' loaded for {}", copy.event().slug(), copy.event().date());
        }
    }
}
