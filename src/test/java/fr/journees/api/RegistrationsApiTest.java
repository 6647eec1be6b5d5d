package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import fr.journees.event.EventStatus;
import fr.journees.registration.RegistrationStatus;
import fr.journees.support.JourneesSpringTest;

/** POST /api/v1/events/{slug}/registrations, on the real database. */
@JourneesSpringTest
class RegistrationsApiTest extends OpenDayApiTest {

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
    void the_kind_of_structure_and_the_departement_are_taken_and_given_back() {
        var answer = register("""
                {"firstName": "Maite", "lastName": "Etcheverry", "email": "structure@exemple.fr",
                 "territory": "Bayonne, Saint-Esprit", "structureKind": "ASSOCIATION", "departement": "64",
                 "consentData": true}""");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("structureKind").asString()).isEqualTo("ASSOCIATION");
        assertThat(answer.json().get("departement").asString()).isEqualTo("64");
        assertThat(answer.json().get("territory").asString()).isEqualTo("Bayonne, Saint-Esprit");
        var stored = registrations.byToken(answer.json().get("token").asString()).orElseThrow();
        assertThat(stored.structureKind()).isEqualTo(fr.journees.registration.StructureKind.ASSOCIATION);
    }

    @Test
    void an_unknown_departement_is_a_422_on_that_field() {
        var answer = register("""
                {"firstName": "Maite", "lastName": "Etcheverry", "email": "dep@exemple.fr", "departement": "20",
                 "consentData": true}""");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(error(answer.json(), "departement").get("messages").get("fr").asString())
                .contains("code officiel");
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
}
