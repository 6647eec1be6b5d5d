package fr.journees.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class MetricsAccessTest {

    @Test
    void nobody_reads_the_metrics_when_neither_token_nor_network_is_set() {
        var access = new MetricsAccess("", "");
        assertThat(access.allows(request("127.0.0.1", null))).isFalse();
        assertThat(access.allows(request("127.0.0.1", "Bearer "))).isFalse();
    }

    @Test
    void the_bearer_token_opens_them_from_anywhere_and_nothing_else_does() {
        var access = new MetricsAccess("s3cret-token", "");
        assertThat(access.allows(request("203.0.113.9", "Bearer s3cret-token"))).isTrue();
        assertThat(access.allows(request("203.0.113.9", "bearer s3cret-token"))).isTrue();
        assertThat(access.allows(request("203.0.113.9", "Bearer s3cret-token2"))).isFalse();
        assertThat(access.allows(request("203.0.113.9", "Bearer s3cret"))).isFalse();
        assertThat(access.allows(request("203.0.113.9", "Basic s3cret-token"))).isFalse();
        assertThat(access.allows(request("127.0.0.1", null))).isFalse();
    }

    @Test
    void a_listed_network_reads_them_without_a_token() {
        var access = new MetricsAccess("", " 10.20.0.0/16 , 127.0.0.1/32");
        assertThat(access.allows(request("10.20.3.4", null))).isTrue();
        assertThat(access.allows(request("127.0.0.1", null))).isTrue();
        assertThat(access.allows(request("10.21.0.1", null))).isFalse();
        assertThat(access.allows(request("203.0.113.9", "Bearer "))).isFalse();
    }

    private static MockHttpServletRequest request(String address, String authorization) {
        var request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
