package fr.journees.demo;

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

/**
 * Loads the Bayonne demo day when {@code journees.demo} is true. Unset, it follows the database: on
 * for the embedded one (a newcomer sees a real day), off for an external one (production).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDayImporter importer;
    private final boolean enabled;

    DemoDataLoader(DemoDayImporter importer, Environment environment,
                   ObjectProvider<EmbeddedMariaDb> embeddedDatabase) {
        this.importer = importer;
        this.enabled = environment.getProperty("journees.demo", Boolean.class,
                embeddedDatabase.getIfAvailable() != null);
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
    }
}
