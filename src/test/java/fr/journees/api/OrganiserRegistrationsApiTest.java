package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.apiaccess.ApiKeyDraft;
import fr.journees.apiaccess.ApiKeyService;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.security.AccountService;
import fr.journees.support.JourneesSpringTest;

/** GET /api/v1/events/{slug}/registrations and its exports, behind an organiser key. */
@JourneesSpringTest
class OrganiserRegistrationsApiTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired ApiKeyService keys;
    @Autowired AccountService accounts;

    ApiHttp api;
    long eventId;
    String slug;
    long green;
    String everyEventKey;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void aDayWithThreeRegistrationsAndAKey() {
        api = new ApiHttp(port);
        eventId = day();
        slug = events.details(eventId).orElseThrow().slug();
        green = days.itinerary(eventId, "Parcours vert", ItineraryColour.GREEN, 1);
        registrations.register(eventId, OpenDay.person("Maite", "maite@orga.test", green, null));
        registrations.register(eventId, OpenDay.person("Peio", "peio@orga.test", green, null));
        registrations.register(eventId, OpenDay.person("=SOMME(A1)", "formule@orga.test", null, null));
        everyEventKey = key(null);
    }

    @AfterEach
    void removeDays() {
        created.forEach(days::remove);
    }

    long day() {
        long id = days.create("orga", 2, EventStatus.PUBLISHED, LocalDateTime.now().minusDays(1),
                LocalDateTime.now().plusDays(1));
        created.add(id);
        return id;
    }

    String key(Long scope) {
        long organiser = accounts.idOf("orga@journees.test").orElseThrow();
        return keys.create(new ApiKeyDraft("Site de test", scope), organiser).secret();
    }

    String[] bearer(String secret) {
        return new String[] {"Authorization", "Bearer " + secret};
    }

    @Test
    void a_key_lists_the_registrations_by_name_without_their_tokens() {
        var answer = api.get("/api/v1/events/" + slug + "/registrations", bearer(everyEventKey));

        assertThat(answer.status()).isEqualTo(200);
        var body = answer.json();
        assertThat(body.get("totalItems").asInt()).isEqualTo(3);
        var names = new ArrayList<String>();
        body.get("items").forEach(r -> names.add(r.get("firstName").asString()));
        assertThat(names).containsExactly("=SOMME(A1)", "Maite", "Peio");
        assertThat(body.get("items").get(1).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(body.get("items").get(2).get("status").asString()).isEqualTo("WAITLISTED");
        body.get("items").forEach(r -> {
            assertThat(r.has("token")).isFalse();
            assertThat(r.has("links")).isFalse();
        });
    }

    @Test
    void filters_and_pages_narrow_the_list() {
        var waitlisted = api.get("/api/v1/events/" + slug + "/registrations?status=WAITLISTED",
                bearer(everyEventKey)).json();
        var inGreen = api.get("/api/v1/events/" + slug + "/registrations?itinerary=" + green,
                bearer(everyEventKey)).json();
        var search = api.get("/api/v1/events/" + slug + "/registrations?q=peio", bearer(everyEventKey)).json();
        var secondPage = api.get("/api/v1/events/" + slug + "/registrations?page=1&size=2",
                bearer(everyEventKey)).json();

        assertThat(waitlisted.get("items")).extracting(r -> r.get("firstName").asString())
                .containsExactly("=SOMME(A1)", "Peio");
        assertThat(inGreen.get("items")).singleElement()
                .satisfies(r -> assertThat(r.get("firstName").asString()).isEqualTo("Maite"));
        assertThat(search.get("totalItems").asInt()).isEqualTo(1);
        assertThat(secondPage.get("items")).hasSize(1);
        assertThat(secondPage.get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void the_key_also_exports_csv_and_xlsx_with_formulas_neutralised() throws Exception {
        var csv = api.get("/api/v1/events/" + slug + "/registrations.csv", "X-Api-Key", everyEventKey);
        var xlsx = api.get("/api/v1/events/" + slug + "/registrations.xlsx", bearer(everyEventKey));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("Maite", "'=SOMME(A1)").doesNotContain(";=SOMME");
        assertThat(xlsx.status()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
        }
    }

    @Test
    void without_a_key_the_list_is_a_401_key_required_and_the_exports_too() {
        for (var path : List.of("", ".csv", ".xlsx")) {
            var answer = api.get("/api/v1/events/" + slug + "/registrations" + path);
            assertThat(answer.status()).as(path).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(answer.json().get("code").asString()).isEqualTo("key_required");
        }
    }

    @Test
    void a_wrong_or_revoked_key_is_a_401_key_invalid() {
        var secret = key(eventId);
        var view = keys.all().stream().filter(k -> secret.startsWith(k.prefix())).findFirst().orElseThrow();
        keys.revoke(view.id());

        var revoked = api.get("/api/v1/events/" + slug + "/registrations", bearer(secret));
        var wrong = api.get("/api/v1/events/" + slug + "/registrations", bearer("jrn_" + "x".repeat(40)));

        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("code").asString()).isEqualTo("key_invalid");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asString()).contains("inconnue ou révoquée");
    }

    @Test
    void a_key_for_one_day_is_a_403_on_another() {
        long other = day();
        var otherSlug = events.details(other).orElseThrow().slug();
        var scoped = key(eventId);

        assertThat(api.get("/api/v1/events/" + slug + "/registrations", bearer(scoped)).status()).isEqualTo(200);
        var refused = api.get("/api/v1/events/" + otherSlug + "/registrations", bearer(scoped));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("key_forbidden");
        assertThat(api.get("/api/v1/events/nulle-part/registrations", bearer(everyEventKey)).status())
                .isEqualTo(404);
    }

    @Test
    void public_endpoints_need_no_key_and_a_post_to_the_same_address_stays_public() {
        var answer = api.post("/api/v1/events/" + slug + "/registrations",
                OpenDayApiTest.person("Sans", "sans-cle@orga.test", null));

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void an_unknown_status_filter_is_a_400() {
        var answer = api.get("/api/v1/events/" + slug + "/registrations?status=PEUT_ETRE", bearer(everyEventKey));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_key_has_its_own_allowance_beyond_the_address_one() {
        var perKey = new ApiHttp(port);
        var secret = key(eventId);
        int accepted = 0;
        ApiHttp.Answer answer;
        do {
            answer = perKey.get("/api/v1/events?size=1", bearer(secret));
            if (answer.status() == 200) {
                accepted++;
            }
        } while (answer.status() == 200 && accepted < 2000);

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.header("RateLimit-Limit")).isEqualTo("600");
        assertThat(accepted).as("the whole burst of 600, plus what refilled meanwhile").isBetween(600, 1999);
    }
}
