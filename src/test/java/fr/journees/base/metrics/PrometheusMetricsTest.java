package fr.journees.base.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.base.pdf.PdfRenderer;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationRejected;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

@Tag("database")
@JourneesSpringTest
class PrometheusMetricsTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired PdfRenderer pdf;

    final HttpClient http = HttpClient.newHttpClient();
    long day;

    @BeforeEach
    void openDay() {
        day = days.create("metriques", 1);
    }

    @AfterEach
    void removeDay() {
        days.remove(day);
    }

    @Test
    void the_metrics_are_refused_without_the_token() throws Exception {
        assertThat(get(null).statusCode()).isEqualTo(401);
        assertThat(get("Bearer mauvais-jeton").statusCode()).isEqualTo(401);
        assertThat(get("Basic " + JourneesSpringTest.METRICS_TOKEN).statusCode()).isEqualTo(401);
        assertThat(get(null).body()).doesNotContain("jvm_");
    }

    @Test
    void the_token_opens_the_jvm_and_connection_pool_metrics() throws Exception {
        var answer = get("Bearer " + JourneesSpringTest.METRICS_TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(answer.body()).contains("jvm_memory_used_bytes", "jvm_threads_live_threads",
                "hikaricp_connections_active", "hikaricp_connections_max", "journees_waitlist_size",
                "journees_mails{", "journees_registration_lock_retries_total", "disk_free_bytes");
    }

    @Test
    void the_gauges_read_from_the_database_give_numbers_even_after_a_garbage_collection() throws Exception {
        System.gc();
        var scrape = scrape();
        assertThat(value(scrape, "journees_waitlist_size", "application")).isNotNaN().isGreaterThanOrEqualTo(0);
        for (var state : new String[] {"queued", "retrying", "failed", "kept"}) {
            assertThat(value(scrape, "journees_mails", "state=\"" + state + "\"")).as(state).isNotNaN()
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void counts_registrations_by_outcome_and_arrivals_at_the_door() throws Exception {
        var before = scrape();
        var first = registrations.register(day, OpenDay.person("Ainhoa", "ainhoa.metriques@example.org", null, null));
        registrations.register(day, OpenDay.person("Beñat", "benat.metriques@example.org", null, null));
        try {
            registrations.register(day, OpenDay.person("Ainhoa", "ainhoa.metriques@example.org", null, null));
        } catch (RegistrationRejected expected) {
            // counted as refused, for that reason
        }
        attendance.checkInByCode(day, first.view().checkinCode(), "orga@journees.test", "entrée");
        attendance.checkInByCode(day, "ZZZZZZZZ", "orga@journees.test", "entrée");

        var after = scrape();
        assertThat(delta(before, after, "journees_registrations_total", "outcome=\"confirmed\"")).isEqualTo(1);
        assertThat(delta(before, after, "journees_registrations_total", "outcome=\"waitlisted\"")).isEqualTo(1);
        assertThat(delta(before, after, "journees_registrations_total", "reason=\"already_registered\"")).isEqualTo(1);
        assertThat(delta(before, after, "journees_checkins_total", "answer=\"arrived\"")).isEqualTo(1);
        assertThat(delta(before, after, "journees_checkins_total", "answer=\"unknown_code\"")).isEqualTo(1);
    }

    @Test
    void times_each_pdf_by_document() throws Exception {
        var before = scrape();
        pdf.render("fr/journees/base/metrics/probe.xhtml", Map.of("text", "Livret de la journée"), Locale.FRENCH);
        var after = scrape();
        assertThat(delta(before, after, "journees_pdf_render_seconds_count", "document=\"probe\"")).isEqualTo(1);
        assertThat(value(after, "journees_pdf_render_seconds_sum", "document=\"probe\"")).isPositive();
    }

    private String scrape() throws Exception {
        var answer = get("Bearer " + JourneesSpringTest.METRICS_TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private HttpResponse<String> get(String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double delta(String before, String after, String name, String label) {
        return value(after, name, label) - value(before, name, label);
    }

    /** The sample of that metric whose labels contain {@code label} (NaN when unreadable), or 0 when there is none yet. */
    private static double value(String scrape, String name, String label) {
        var sample = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        while (sample.find()) {
            if (sample.group(1).contains(label)) {
                return sample.group(2).equals("NaN") ? Double.NaN : Double.parseDouble(sample.group(2));
            }
        }
        return 0;
    }
}
