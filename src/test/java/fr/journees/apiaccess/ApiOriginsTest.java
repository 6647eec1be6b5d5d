package fr.journees.apiaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.journees.apiaccess.ApiOriginRejected.Reason;

/** The origin rules alone: what browsers send in the Origin header, nothing else. */
class ApiOriginsTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.exemple.fr,            https://www.exemple.fr",
            "HTTPS://WWW.Exemple.FR/,           https://www.exemple.fr",
            "'  http://localhost:3000  ',       http://localhost:3000",
            "https://exemple.fr:443,            https://exemple.fr",
            "http://exemple.fr:80/,             http://exemple.fr",
            "http://exemple.fr:443,             http://exemple.fr:443",
            "https://127.0.0.1:8443,            https://127.0.0.1:8443",
            "http://[::1]:8080,                 http://[::1]:8080",
            "https://mairie-bayonne.fr,         https://mairie-bayonne.fr",
            "https://café.exemple.fr,           https://xn--caf-dma.exemple.fr",
            "*,                                 *",
            "' * ',                             *"})
    void normalises_case_trailing_slash_default_port_and_international_names(String typed, String stored) {
        assertThat(ApiOrigins.normalise(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void rejects_nothing(String typed) {
        assertRejected(typed, Reason.BLANK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.exemple.fr", "ftp://exemple.fr", "javascript:alert(1)", "file:///etc/passwd",
            "//exemple.fr", "ws://exemple.fr", "null", "**"})
    void rejects_other_schemes(String typed) {
        assertRejected(typed, Reason.BAD_SCHEME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://exemple.fr/agenda", "https://exemple.fr//", "https://exemple.fr/?q=1",
            "https://exemple.fr?q=1", "https://exemple.fr#haut", "https://exemple.fr:8080/api"})
    void rejects_paths_queries_and_fragments(String typed) {
        assertRejected(typed, Reason.HAS_PATH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://moi@exemple.fr", "https://moi:secret@exemple.fr"})
    void rejects_user_names_and_passwords(String typed) {
        assertRejected(typed, Reason.HAS_USERINFO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://", "https://exemple..fr", "https://-exemple.fr", "https://exemple.fr.",
            "https://ex ample.fr", "https://exem_ple.fr", "https://[zz]"})
    void rejects_what_is_not_a_host(String typed) {
        assertRejected(typed, Reason.BAD_HOST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://exemple.fr:", "https://exemple.fr:0", "https://exemple.fr:65536",
            "https://exemple.fr:80a", "https://exemple.fr:123456"})
    void rejects_ports_outside_1_to_65535(String typed) {
        assertRejected(typed, Reason.BAD_PORT);
    }

    @Test
    void rejects_an_origin_longer_than_the_column() {
        var origin = "https://" + ("a".repeat(60) + ".").repeat(4) + "fr";
        assertThat(origin.length()).isGreaterThan(ApiOrigins.MAX_LENGTH);
        assertRejected(origin, Reason.TOO_LONG);
    }

    private static void assertRejected(String typed, Reason reason) {
        assertThatThrownBy(() -> ApiOrigins.normalise(typed))
                .isInstanceOfSatisfying(ApiOriginRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.messageKey()).isEqualTo("api.origin.error." + reason.name());
                });
    }
}
