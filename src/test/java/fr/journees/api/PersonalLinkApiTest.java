package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import fr.journees.support.JourneesSpringTest;

/** GET, PATCH and DELETE /api/v1/registrations/{token}: the personal link's powers, on the real database. */
@JourneesSpringTest
class PersonalLinkApiTest extends OpenDayApiTest {

    @Test
    void the_token_reads_the_registration_with_its_version_as_etag() {
        var token = register(person("Maite", "lire@exemple.fr", pink)).json().get("token").asString();

        var answer = api.get("/api/v1/registrations/" + token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("firstName").asString()).isEqualTo("Maite");
        assertThat(answer.json().get("itinerary").get("name").asString()).isEqualTo("Parcours rose");
        assertThat(answer.header("ETag")).isEqualTo("\"" + answer.json().get("version").asInt() + "\"");
        assertThat(api.get("/api/v1/registrations/inconnu-0000000000000000").status()).isEqualTo(404);
    }

    @Test
    void changing_choices_moves_the_participant_and_keeps_the_email() {
        var token = register(person("Maite", "change@exemple.fr", pink)).json().get("token").asString();

        var answer = api.patch("/api/v1/registrations/" + token,
                "{\"preferredItineraryId\": %d, \"dietaryNeeds\": \"Sans gluten\", \"email\": \"x@y.z\"}"
                        .formatted(green));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("itinerary").get("id").asLong()).isEqualTo(green);
        assertThat(answer.json().get("dietaryNeeds").asString()).isEqualTo("Sans gluten");
        assertThat(answer.json().get("email").asString()).isEqualTo("change@exemple.fr");
        assertThat(answer.json().get("firstName").asString()).isEqualTo("Maite");
    }

    @Test
    void changing_to_a_full_itinerary_is_a_409_and_changes_nothing() {
        register(person("Occupe", "occupe@exemple.fr", green));
        var token = register(person("Maite", "plein@exemple.fr", pink)).json().get("token").asString();

        var answer = api.patch("/api/v1/registrations/" + token, "{\"preferredItineraryId\": %d}".formatted(green));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("code").asString()).isEqualTo("itinerary_full");
        assertThat(registrations.byToken(token).orElseThrow().itineraryId()).isEqualTo(pink);
    }

    @Test
    void a_change_made_on_a_stale_version_is_a_412_and_one_on_the_current_version_passes() {
        var created = register(person("Maite", "version@exemple.fr", pink));
        var token = created.json().get("token").asString();
        var etag = created.header("ETag");
        api.patch("/api/v1/registrations/" + token, "{\"phone\": \"06 00 00 00 01\"}");

        var stale = api.patch("/api/v1/registrations/" + token, "{\"phone\": \"06 00 00 00 02\"}", "If-Match", etag);
        var fresh = api.patch("/api/v1/registrations/" + token, "{\"phone\": \"06 00 00 00 03\"}", "If-Match",
                api.get("/api/v1/registrations/" + token).header("ETag"));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("version_mismatch");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().get("phone").asString()).isEqualTo("06 00 00 00 03");
    }

    @Test
    void a_change_with_bad_input_is_a_422() {
        var token = register(person("Maite", "mauvais@exemple.fr", pink)).json().get("token").asString();

        var answer = api.patch("/api/v1/registrations/" + token, "{\"firstName\": \"\", \"phone\": \"%s\"}"
                .formatted("0".repeat(41)));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(error(answer.json(), "firstName")).isNotNull();
        assertThat(error(answer.json(), "phone")).isNotNull();
    }

    @Test
    void cancelling_frees_the_place_for_the_first_waiting_and_then_forbids_changes() {
        var first = register(person("Premier", "annule@exemple.fr", green)).json().get("token").asString();
        register(person("Rose", "rose1@exemple.fr", pink));
        register(person("Rose", "rose2@exemple.fr", pink));
        var waiting = register(person("Second", "attend@exemple.fr", green)).json().get("token").asString();
        assertThat(api.get("/api/v1/registrations/" + waiting).json().get("status").asString())
                .isEqualTo("WAITLISTED");

        var cancel = api.delete("/api/v1/registrations/" + first);

        assertThat(cancel.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/registrations/" + first).json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(api.get("/api/v1/registrations/" + waiting).json().get("status").asString())
                .isEqualTo("CONFIRMED");
        assertThat(api.delete("/api/v1/registrations/" + first).status()).isEqualTo(204);
        var change = api.patch("/api/v1/registrations/" + first, "{\"lunch\": false}");
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.json().get("code").asString()).isEqualTo("registration_cancelled");
        assertThat(api.delete("/api/v1/registrations/inconnu-0000000000000000").status()).isEqualTo(404);
    }

    @Test
    void concurrent_changes_by_the_same_holder_never_overwrite_each_other_silently() throws Exception {
        var token = register(person("Maite", "ensemble@exemple.fr", pink)).json().get("token").asString();
        int before = api.get("/api/v1/registrations/" + token).json().get("version").asInt();
        int writers = 12;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        var start = new java.util.concurrent.CountDownLatch(1);
        var futures = new ArrayList<java.util.concurrent.Future<ApiHttp.Answer>>();
        for (int i = 0; i < writers; i++) {
            var body = "{\"phone\": \"06 00 00 00 %02d\"}".formatted(i);
            futures.add(pool.submit(() -> {
                start.await();
                return api.patch("/api/v1/registrations/" + token, body);
            }));
        }
        start.countDown();
        var statuses = new ArrayList<Integer>();
        for (var future : futures) {
            var answer = future.get();
            statuses.add(answer.status());
            if (answer.status() == 409) {
                assertThat(answer.json().get("code").asString()).isEqualTo("changed_meanwhile");
            }
        }
        pool.shutdown();

        assertThat(statuses).containsAnyOf(200).isSubsetOf(200, 409);
        long applied = statuses.stream().filter(s -> s == 200).count();
        int after = api.get("/api/v1/registrations/" + token).json().get("version").asInt();
        assertThat(after - before).as("each 200 is one version, each 409 changed nothing").isEqualTo((int) applied);
    }

    @Test
    void a_change_or_cancellation_of_an_unknown_token_is_a_404_and_a_body_that_is_not_json_a_415() {
        var change = api.patch("/api/v1/registrations/inconnu-0000000000000000", "{\"lunch\": true}");
        var plainText = api.send("/api/v1/events/" + slug + "/registrations", "POST", "text/plain", "bonjour");

        assertThat(change.status()).isEqualTo(404);
        assertThat(change.json().get("code").asString()).isEqualTo("not_found");
        assertThat(plainText.status()).isEqualTo(415);
        assertThat(plainText.header("Content-Type")).startsWith("application/problem+json");
    }
}
