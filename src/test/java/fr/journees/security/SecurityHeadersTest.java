package fr.journees.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/** What every page says to the browser: CSP, no sniffing, referrers, HSTS over HTTPS, the session cookie, body sizes. */
@Tag("database")
@JourneesSpringTest
class SecurityHeadersTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;

    long eventId;

    @BeforeEach
    void aDay() {
        eventId = days.create("entetes", 20);
    }

    @AfterEach
    void removeIt() {
        days.remove(eventId);
    }

    @Test
    void a_page_carries_a_content_security_policy_nosniff_and_a_same_origin_referrer_policy() throws Exception {
        var page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        var csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_personal_page_sends_no_referrer_at_all() throws Exception {
        var token = registrations.register(eventId, OpenDay.person("Amaia", "amaia.headers@exemple.fr", null, null))
                .token();
        var page = get("/r/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(get("/r/" + token + "/agenda.ics").headers().allValues("Referrer-Policy"))
                .containsExactly("no-referrer");
    }

    @Test
    void over_https_through_the_proxy_the_browser_is_told_to_stay_on_https() throws Exception {
        var page = CLIENT.send(request("/login").header("X-Forwarded-Proto", "https").GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(page.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000", "includeSubDomains");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        var cookie = get("/login").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void a_body_over_the_limit_is_refused_with_a_413_before_it_is_read() throws Exception {
        var big = new byte[3 * 1024 * 1024];
        var page = CLIENT.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(page.statusCode()).isEqualTo(413);

        var json = "{\"firstName\":\"" + "x".repeat(100_000) + "\"}";
        var api = CLIENT.send(request("/api/v1/events/any/registrations").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("too_large");
    }

    private HttpResponse<Void> get(String path) throws Exception {
        return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
