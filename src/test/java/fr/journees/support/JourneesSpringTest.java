package fr.journees.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring configuration of the suite, so that every test class shares one context and one
 * database: the embedded MariaDB started fresh in target/, or the external server named by
 * SPRING_DATASOURCE_URL. The demo day is always loaded; its upcoming copy only by the test that asks
 * for it ({@code UpcomingDemoDayTest}), since an open day would change what other tests count.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "journees.embedded-db.data-dir=target/test-mariadb",
        "journees.embedded-db.ephemeral=true",
        "journees.demo=true",
        "journees.demo.upcoming=false",
        "journees.metrics.token=" + JourneesSpringTest.METRICS_TOKEN,
        "vaadin.launch-browser=false",
        "vaadin.devmode.devTools.enabled=false"})
public @interface JourneesSpringTest {

    /** The bearer token that opens /actuator/prometheus in the tests. */
    String METRICS_TOKEN = "jeton-des-metriques-de-test-7f3a9c";
}
