package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.apiaccess.ApiOriginService;
import fr.journees.support.JourneesSpringTest;

/** Browsers may call the public endpoints from the origins organisers allowed, and nothing else. */
@JourneesSpringTest
class ApiCorsTest {

    static final String PARTNER = "https://www.partenaire-cors.example";

    @LocalServerPort int port;
    @Autowired ApiOriginService origins;

    ApiHttp api;

    @BeforeEach
    void allowOnePartner() {
        api = new ApiHttp(port);
        origins.add(PARTNER);
    }

    @AfterEach
    void forgetIt() {
        origins.remove(PARTNER);
    }

    ApiHttp.Answer preflight(String origin, String method, String path) {
        return api.options(path, "Origin", origin, "Access-Control-Request-Method", method,
                "Access-Control-Request-Headers", "content-type");
    }

    @Test
    void an_allowed_origin_may_register_from_the_browser() {
        var answer = preflight(PARTNER, "POST", "/api/v1/events/visite-bayonne-2024/registrations");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(PARTNER);
        assertThat(answer.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(answer.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void an_allowed_origin_reads_the_days_and_sees_the_headers_it_needs() {
        var answer = api.get("/api/v1/events?size=1", "Origin", PARTNER);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(PARTNER);
        assertThat(answer.header("Access-Control-Expose-Headers")).contains("Retry-After", "ETag");
    }

    @Test
    void another_origin_is_refused() {
        var preflight = preflight("https://intrus.example", "POST", "/api/v1/events/visite-bayonne-2024/registrations");
        var read = api.get("/api/v1/events?size=1", "Origin", "https://intrus.example");

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(read.status()).isEqualTo(403);
    }

    @Test
    void an_origin_removed_in_the_back_office_is_refused_at_once() {
        origins.remove(PARTNER);

        assertThat(preflight(PARTNER, "GET", "/api/v1/events").status()).isEqualTo(403);
    }

    @Test
    void no_origin_may_read_the_organiser_listing_from_a_browser() {
        var answer = preflight(PARTNER, "GET", "/api/v1/events/visite-bayonne-2024/registrations");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
    }
}
