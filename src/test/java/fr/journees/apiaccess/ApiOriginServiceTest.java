package fr.journees.apiaccess;

import static fr.journees.db.Tables.API_ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.apiaccess.ApiOriginRejected.Reason;
import fr.journees.support.JourneesSpringTest;

/** Not @Transactional: the in-memory list is reloaded when a change commits, which is what is checked. */
@JourneesSpringTest
@Tag("database")
class ApiOriginServiceTest {

    @Autowired ApiOriginService service;
    @Autowired DSLContext dsl;

    /** In every host the test adds, so that it removes what it added. */
    String marker = "o" + UUID.randomUUID().toString().substring(0, 8);
    List<String> added = new ArrayList<>();

    @AfterEach
    void removeTheTestsOrigins() {
        added.forEach(service::remove);
        assertThat(service.all()).noneMatch(origin -> origin.contains(marker));
    }

    @Test
    void stores_the_origin_in_lower_case_without_trailing_slash() {
        add("HTTPS://Agenda." + marker.toUpperCase() + ".Example.ORG/");

        assertThat(service.all()).contains("https://agenda." + marker + ".example.org");
        assertThat(dsl.fetchExists(API_ORIGIN, API_ORIGIN.ORIGIN.eq("https://agenda." + marker + ".example.org")))
                .isTrue();
    }

    @Test
    void allowed_follows_additions_and_removals_at_once() {
        var origin = "https://" + marker + ".example.org";
        assertThat(service.allowed(origin)).isFalse();

        add(origin);
        assertThat(service.allowed(origin)).isTrue();
        assertThat(service.allowed("https://" + marker.toUpperCase() + ".example.org")).isTrue();
        assertThat(service.allowed("http://" + marker + ".example.org")).isFalse();
        assertThat(service.allowed("https://" + marker + ".example.org:8443")).isFalse();
        assertThat(service.allowed("https://evil-" + marker + ".example.org")).isFalse();

        service.remove(origin + "/");
        assertThat(service.allowed(origin)).isFalse();
        assertThat(service.all()).doesNotContain(origin);
    }

    @Test
    void an_origin_added_through_another_node_is_allowed_within_seconds() throws InterruptedException {
        var origin = "https://" + marker + ".autre-noeud.example.org";
        assertThat(service.allowed(origin)).isFalse();

        // another node's insert: this node's service is not told
        dsl.insertInto(API_ORIGIN).set(API_ORIGIN.ORIGIN, origin).execute();
        added.add(origin);

        long deadline = System.nanoTime() + 6_000_000_000L;
        while (!service.allowed(origin) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(service.allowed(origin)).isTrue();
    }

    @Test
    void a_star_allows_any_origin_until_removed() {
        var other = "https://ailleurs-" + marker + ".example.net";
        assertThat(service.allowed(other)).isFalse();

        add("*");
        assertThat(service.allowed(other)).isTrue();
        assertThat(service.allowed(null)).isFalse();
        assertThat(service.allowed(" ")).isFalse();

        service.remove("*");
        assertThat(service.allowed(other)).isFalse();
    }

    @Test
    void refuses_the_same_origin_twice_even_written_differently() {
        add("https://" + marker + ".example.org");

        assertThatThrownBy(() -> service.add("https://" + marker.toUpperCase() + ".EXAMPLE.org:443/"))
                .isInstanceOfSatisfying(ApiOriginRejected.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DUPLICATE);
                    assertThat(e.messageKey()).isEqualTo("api.origin.error.DUPLICATE");
                });
        assertThat(service.all()).filteredOn(origin -> origin.contains(marker)).hasSize(1);
    }

    @Test
    void refuses_paths_bad_schemes_and_user_names_and_stores_nothing() {
        assertRejected("https://" + marker + ".example.org/agenda", Reason.HAS_PATH);
        assertRejected("ftp://" + marker + ".example.org", Reason.BAD_SCHEME);
        assertRejected(marker + ".example.org", Reason.BAD_SCHEME);
        assertRejected("https://moi@" + marker + ".example.org", Reason.HAS_USERINFO);

        assertThat(service.all()).noneMatch(origin -> origin.contains(marker));
    }

    @Test
    void lists_origins_sorted() {
        add("https://b-" + marker + ".example.org");
        add("http://a-" + marker + ".example.org");
        add("https://a-" + marker + ".example.org");

        assertThat(service.all()).filteredOn(origin -> origin.contains(marker)).containsExactly(
                "http://a-" + marker + ".example.org", "https://a-" + marker + ".example.org",
                "https://b-" + marker + ".example.org");
    }

    @Test
    void removing_an_origin_that_is_not_listed_does_nothing() {
        service.remove("https://absent-" + marker + ".example.org");
        service.remove("pas une origine");
        service.remove(null);
    }

    private void assertRejected(String origin, Reason reason) {
        assertThatThrownBy(() -> service.add(origin))
                .isInstanceOfSatisfying(ApiOriginRejected.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private void add(String origin) {
        service.add(origin);
        added.add(origin);
    }
}
