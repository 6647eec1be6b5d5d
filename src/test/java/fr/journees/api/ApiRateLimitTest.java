package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.support.JourneesSpringTest;

/** Every API request counts against its address's allowance per minute. */
@JourneesSpringTest
class ApiRateLimitTest {

    @LocalServerPort int port;
    @Value("${journees.api.requests-per-minute-per-ip}") int perIp;

    @Test
    void an_address_over_its_allowance_gets_429_with_retry_after_while_others_go_on() {
        var busy = new ApiHttp(port);
        for (int i = 0; i < perIp; i++) {
            var answer = busy.get("/api/v1/events?size=1");
            assertThat(answer.status()).as("request %d", i).isEqualTo(200);
            assertThat(answer.header("RateLimit-Limit")).isEqualTo(String.valueOf(perIp));
            // the allowance refills as time passes, so at least what is left of the burst remains
            assertThat(Integer.parseInt(answer.header("RateLimit-Remaining"))).isGreaterThanOrEqualTo(perIp - i - 1);
        }

        // the burst is spent; the refill (one request every 60/perIp seconds) cannot keep up with a loop
        var refused = busy.get("/api/v1/events?size=1");
        for (int i = 0; i < 10 && refused.status() == 200; i++) {
            refused = busy.get("/api/v1/events?size=1");
        }

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("too_many_requests");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(new ApiHttp(port).get("/api/v1/events?size=1").status()).isEqualTo(200);
    }
}
