package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.apiaccess.ApiKeyDraft;
import fr.journees.apiaccess.ApiKeyService;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.registration.OpenDay;
import fr.journees.security.AccountService;
import fr.journees.support.JourneesSpringTest;

/**
 * The organiser endpoints need a key whatever the method, and an API failure is a JSON 500 (a 503 when the
 * database is out of reach), never a redirect.
 */
@Tag("database")
@JourneesSpringTest
class ApiDenyByDefaultTest {

    private static final List<String> METHODS = List.of("GET", "HEAD", "PUT", "PATCH", "DELETE");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired ApiKeyService keys;
    @Autowired AccountService accounts;

    long draft;
    String draftSlug;

    @BeforeEach
    void aDraftDay() {
        draft = days.create("brouillon", 1, EventStatus.DRAFT, LocalDateTime.now().minusDays(1),
                LocalDateTime.now().plusDays(1));
        draftSlug = events.details(draft).orElseThrow().slug();
    }

    @AfterEach
    void removeIt() {
        days.remove(draft);
    }

    @Test
    void every_method_on_the_organiser_endpoints_needs_a_key_and_answers_alike_for_drafts_and_unknown_days()
            throws Exception {
        for (var suffix : List.of("/registrations", "/registrations.csv", "/registrations.xlsx")) {
            for (var method : METHODS) {
                var draftAnswer = send(method, "/api/v1/events/" + draftSlug + suffix, null);
                var unknownAnswer = send(method, "/api/v1/events/no-such-day-" + draft + suffix, null);
                assertThat(draftAnswer.statusCode()).as(method + " " + suffix).isEqualTo(401);
                assertThat(unknownAnswer.statusCode()).as(method + " " + suffix).isEqualTo(401);
                assertThat(draftAnswer.headers().firstValue("Location")).isEmpty();
            }
        }
    }

    @Test
    void head_with_a_key_answers_like_get_without_a_body() throws Exception {
        var key = key();
        var answer = send("HEAD", "/api/v1/events/" + draftSlug + "/registrations", key);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void a_new_endpoint_nobody_opened_needs_a_key() throws Exception {
        assertThat(send("GET", FailingProbeController.PATH, null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_failing_endpoint_answers_a_json_problem_with_a_500_not_the_login_page() throws Exception {
        var answer = send("GET", FailingProbeController.PATH, key());
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        var body = ApiHttp.JSON.readTree(answer.body());
        assertThat(body.get("code").asString()).isEqualTo("internal_error");
        assertThat(body.get("detail").asString()).contains("erreur inattendue");
        assertThat(new String(answer.body())).doesNotContain("IllegalStateException", "a bug in");
    }

    @Test
    void a_database_out_of_reach_answers_a_503_asking_to_try_again_shortly() throws Exception {
        var answer = send("GET", FailingProbeController.DATABASE_GONE, key());
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("2");
        var body = ApiHttp.JSON.readTree(answer.body());
        assertThat(body.get("code").asString()).isEqualTo("database_unavailable");
        assertThat(body.get("detail").asString()).contains("momentanément injoignable");
        assertThat(new String(answer.body())).doesNotContain("socket closed", "insert into");
    }

    private String key() {
        long organiser = accounts.idOf("orga@journees.test").orElseThrow();
        return keys.create(new ApiKeyDraft("Clé de test", null), organiser).secret();
    }

    private HttpResponse<byte[]> send(String method, String path, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", ApiHttp.nextAddress())
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
