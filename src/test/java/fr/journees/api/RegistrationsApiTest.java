package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.mail.MailService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.support.JourneesSpringTest;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/events/{slug}/registrations and the personal link's powers, on the real database. */
@JourneesSpringTest
class RegistrationsApiTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired MailService mails;

    ApiHttp api;
    long eventId;
    String slug;
    long green;
    long pink;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void anOpenDayWithTwoSmallItineraries() {
        api = new ApiHttp(port);
        eventId = day("api", 10, EventStatus.PUBLISHED, LocalDateTime.now().minusDays(1));
        slug = events.details(eventId).orElseThrow().slug();
        green = days.itinerary(eventId, "Parcours vert", ItineraryColour.GREEN, 1);
        pink = days.itinerary(eventId, "Parcours rose", ItineraryColour.PINK, 2);
    }

    @AfterEach
    void removeDays() {
        created.forEach(days::remove);
    }

    long day(String name, int capacity, EventStatus status, LocalDateTime opens) {
        long id = days.create(name, capacity, status, opens, LocalDateTime.now().plusDays(1));
        created.add(id);
        return id;
    }

    static String person(String first, String email, Long itinerary) {
        return """
                {"firstName": "%s", "lastName": "Etcheverry", "email": "%s", "organisation": "Mairie de Bayonne",
                 "preferredItineraryId": %s, "lunch": true, "consentData": true}""".formatted(first, email, itinerary);
    }

    ApiHttp.Answer register(String json) {
        return api.post("/api/v1/events/" + slug + "/registrations", json);
    }

    @Test
    void a_registration_is_confirmed_with_its_personal_link_and_the_confirmation_mail() {
        var answer = register(person("Maite", "Maite@Exemple.fr", green));

        assertThat(answer.status()).isEqualTo(201);
        var body = answer.json();
        assertThat(body.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(body.get("itinerary").get("id").asLong()).isEqualTo(green);
        assertThat(body.get("email").asString()).isEqualTo("maite@exemple.fr");
        var token = body.get("token").asString();
        assertThat(body.get("links").get("personalPage").asString()).endsWith("/r/" + token);
        assertThat(answer.header("Location")).endsWith("/api/v1/registrations/" + token);
        assertThat(answer.header("ETag")).isEqualTo("\"" + body.get("version").asInt() + "\"");
        var stored = registrations.byToken(token).orElseThrow();
        assertThat(stored.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mails.forRegistration(stored.id())).singleElement()
                .satisfies(mail -> assertThat(mail.recipient()).isEqualTo("maite@exemple.fr"));
    }

    @Test
    void once_every_itinerary_is_full_the_next_person_is_waitlisted_with_a_position() {
        register(person("Premier", "premier@exemple.fr", green));
        register(person("Deuxieme", "deuxieme@exemple.fr", pink));
        var third = register(person("Troisieme", "troisieme@exemple.fr", green));
        assertThat(third.json().get("itinerary").get("id").asLong()).as("green is full: pink has room").isEqualTo(pink);

        var second = register(person("Quatrieme", "quatrieme@exemple.fr", green));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(second.json().get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(second.json().get("links").get("personalPage").asString()).contains("/r/");
    }

    @Test
    void the_same_email_twice_is_a_409_already_registered() {
        register(person("Maite", "deux@exemple.fr", green));

        var again = register(person("Maite", " DEUX@exemple.fr ", pink));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("code").asString()).isEqualTo("already_registered");
        assertThat(again.json().get("type").asString()).isEqualTo("urn:journees:probleme:already-registered");
        assertThat(again.json().get("detail").asString()).contains("déjà inscrite");
    }

    @Test
    void registering_before_the_window_opens_is_a_409_registration_closed() {
        long later = day("plus-tard", 10, EventStatus.PUBLISHED, LocalDateTime.now().plusDays(1));
        var laterSlug = events.details(later).orElseThrow().slug();

        var answer = api.post("/api/v1/events/" + laterSlug + "/registrations", person("Tot", "tot@exemple.fr", null));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("code").asString()).isEqualTo("registration_closed");
    }

    @Test
    void registering_to_a_draft_day_is_a_404() {
        long draft = day("brouillon", 10, EventStatus.DRAFT, LocalDateTime.now().minusDays(1));
        var draftSlug = events.details(draft).orElseThrow().slug();

        assertThat(api.post("/api/v1/events/" + draftSlug + "/registrations", person("A", "a@exemple.fr", null))
                .status()).isEqualTo(404);
    }

    @Test
    void bad_input_is_a_422_listing_each_field_in_french_and_english_and_registers_nobody() {
        var answer = register("""
                {"firstName": " ", "lastName": "%s", "email": "pas-une-adresse", "consentData": false,
                 "language": "de"}""".formatted("x".repeat(101)));

        assertThat(answer.status()).isEqualTo(422);
        var problem = answer.json();
        assertThat(problem.get("code").asString()).isEqualTo("invalid_input");
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("firstName", "lastName", "email", "consentData", "language");
        var email = error(problem, "email");
        assertThat(email.get("message").asString()).startsWith("Saisissez une adresse e-mail valide");
        assertThat(email.get("messages").get("en").asString()).startsWith("Enter a valid e-mail address");
        assertThat(error(problem, "lastName").get("messages").get("fr").asString()).contains("100 caractères");
        assertThat(error(problem, "consentData").get("message").asString()).contains("accord");
        assertThat(registrations.count(eventId, fr.journees.registration.RegistrationFilter.NONE)).isZero();
    }

    @Test
    void an_itinerary_of_another_day_is_a_422_on_that_field() {
        var answer = register(person("Maite", "ailleurs@exemple.fr", 999_999_999L));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(error(answer.json(), "preferredItineraryId").get("code").asString()).isEqualTo("UnknownChoice");
    }

    @Test
    void a_field_of_the_wrong_type_is_a_422_and_a_body_that_is_no_json_a_400() {
        var wrongType = register("{\"firstName\": \"A\", \"lunch\": \"peut-être\"}");
        var noJson = register("{\"firstName\": ");

        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(error(wrongType.json(), "lunch").get("code").asString()).isEqualTo("Type");
        assertThat(noJson.status()).isEqualTo(400);
        assertThat(noJson.json().get("code").asString()).isEqualTo("unreadable_body");
    }

    @Test
    void the_hourly_allowance_of_the_public_form_applies_per_address_with_retry_after() {
        var oneAddress = new ApiHttp(port);
        int accepted = 0;
        ApiHttp.Answer last = null;
        for (int i = 0; i < 31; i++) {
            last = oneAddress.post("/api/v1/events/" + slug + "/registrations",
                    person("P" + i, "quota" + i + "@exemple.fr", null));
            if (last.status() == 201) {
                accepted++;
            }
        }

        assertThat(accepted).isEqualTo(30);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get("code").asString()).isEqualTo("too_many_requests");
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(3000L, 3600L);
        var otherAddress = new ApiHttp(port).post("/api/v1/events/" + slug + "/registrations",
                person("Autre", "autre-adresse@exemple.fr", null));
        assertThat(otherAddress.status()).isEqualTo(201);
    }

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

    static JsonNode error(JsonNode problem, String field) {
        for (var error : problem.get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error;
            }
        }
        return null;
    }
}
