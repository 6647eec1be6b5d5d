package fr.journees.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.journees.base.web.PublicAddress;

/** Links start with the address people use when none is configured, and a wrong configuration shows. */
class PublicAddressTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void serving(String scheme, String host, int port) {
        var request = new MockHttpServletRequest("GET", "/e/visite");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void without_a_configured_address_links_take_the_address_of_the_request() {
        var address = new PublicAddress("");
        serving("https", "journees.pqn-a.fr", 443);

        assertThat(address.root()).isEqualTo("https://journees.pqn-a.fr");
    }

    @Test
    void outside_a_request_the_last_address_seen_is_used_then_localhost() {
        var address = new PublicAddress(null);
        assertThat(address.root()).isEqualTo("http://localhost:8080");

        serving("http", "192.168.1.20", 8481);
        address.root();
        RequestContextHolder.resetRequestAttributes();

        assertThat(address.root()).isEqualTo("http://192.168.1.20:8481");
    }

    @Test
    void a_configured_address_wins_over_the_request_and_a_different_one_in_use_is_reported() {
        var address = new PublicAddress("https://journees.example.org/");
        serving("http", "localhost", 8481);

        assertThat(address.root()).isEqualTo("https://journees.example.org");
        assertThat(address.mismatch("http://localhost:8481")).contains("https://journees.example.org");
        assertThat(address.mismatch("https://journees.example.org")).isEmpty();
        assertThat(address.mismatch("https://JOURNEES.example.org:443/")).isEmpty();
        assertThat(new PublicAddress("").mismatch("http://localhost:8481")).as("nothing configured").isEmpty();
    }
}
