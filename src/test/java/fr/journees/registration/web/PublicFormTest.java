package fr.journees.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationFilter;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.StructureKind;
import fr.journees.support.JourneesSpringTest;

/** The registration form and the personal page as a browser without JavaScript uses them, over HTTP. */
@JourneesSpringTest
class PublicFormTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;

    final List<Long> created = new ArrayList<>();
    PublicHttp http;
    long eventId;
    String slug;

    @BeforeEach
    void anOpenDay() {
        http = new PublicHttp(port);
        eventId = days.create("formulaire", 50);
        created.add(eventId);
        slug = events.details(eventId).orElseThrow().slug();
    }

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    private Map<String, String> valid(String email) {
        var form = new HashMap<String, String>();
        form.put("firstName", "Amaia");
        form.put("lastName", "Irigoyen");
        form.put("email", email);
        form.put("consentData", "on");
        form.put("structureKind", StructureKind.RESIDENT.name());
        form.put("departement", "64");
        form.put("website", "");
        return form;
    }

    @Test
    void refused_fields_are_explained_at_the_field_with_what_was_typed_and_the_first_one_focused() {
        var form = valid("pas-une-adresse");
        form.remove("lastName");
        form.remove("consentData");
        form.put("organisation", "Structure ".repeat(50));
        var answer = http.post("/e/" + slug + "/inscription", form);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(PublicHttp.opensASession(answer)).isFalse();
        var page = answer.body();
        assertThat(page).contains("id=\"registration-errors\"", "role=\"alert\"", "4 champs sont à corriger",
                "Nom : Ce champ est obligatoire.", "Structure : 300 caractères au plus.");
        assertThat(page).contains("id=\"error-lastName\"", "Ce champ est obligatoire.");
        assertThat(page).contains("id=\"error-email\"", "Saisissez une adresse e-mail valide");
        assertThat(page).contains("id=\"error-consentData\"", "Votre accord est nécessaire");
        assertThat(page).contains("value=\"Amaia\"", "value=\"pas-une-adresse\"", "value=\"" + "Structure ".repeat(50).strip());
        assertThat(page).containsPattern("id=\"registration-lastName\"[^>]*aria-invalid=\"true\"[^>]*autofocus");
        assertThat(page.split(" autofocus", -1)).as("one field focused").hasSize(2);
        assertThat(registrations.count(eventId, RegistrationFilter.NONE)).isZero();
    }

    @Test
    void a_pasted_text_longer_than_allowed_is_kept_whole_and_its_limit_said() {
        var form = valid("amaia.long@exemple.fr");
        var pasted = "Structure ".repeat(500);
        form.put("organisation", pasted);
        form.put("dietaryNeeds", "x".repeat(1001));
        var page = http.post("/e/" + slug + "/inscription", form).body();

        assertThat(page).contains(pasted.strip()).contains("300 caractères au plus.").containsPattern("1\\D?000 caractères");
        assertThat(page).doesNotContain("maxlength");
    }

    @Test
    void a_valid_form_registers_and_the_personal_page_says_what_happens_next() {
        var answer = http.post("/e/" + slug + "/inscription", valid("amaia@example.test"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(PublicHttp.opensASession(answer)).isFalse();
        var location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/r/[A-Za-z0-9_-]+\\?inscrit");
        var stored = registrations.all(eventId).getFirst();
        assertThat(stored.structureKind()).isEqualTo(StructureKind.RESIDENT);
        assertThat(stored.departement()).isEqualTo("64");
        assertThat(stored.status()).isEqualTo(RegistrationStatus.CONFIRMED);

        var personal = http.get(location);
        assertThat(personal.statusCode()).isEqualTo(200);
        assertThat(personal.body()).contains("id=\"personal-welcome\"", "amaia@example.test",
                "Votre inscription est confirmée.", "agenda.ics");
        assertThat(personal.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void an_address_already_registered_is_refused_at_the_email_field() {
        http.post("/e/" + slug + "/inscription", valid("deux.fois@example.test"));
        var again = http.post("/e/" + slug + "/inscription", valid("deux.fois@example.test"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("id=\"error-email\"", "déjà inscrite");
    }

    @Test
    void the_honeypot_registers_nobody_and_says_nothing_to_the_bot() {
        var form = valid("bot@example.test");
        form.put("website", "http://spam.test");
        var answer = http.post("/e/" + slug + "/inscription", form);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(registrations.count(eventId, RegistrationFilter.NONE)).isZero();
    }

    @Test
    void a_form_posted_from_another_site_is_refused_and_registers_nobody() {
        var fromElsewhere = http.post("/e/" + slug + "/inscription", valid("victime@example.test"),
                "Origin", "https://malveillant.example", "Sec-Fetch-Site", "cross-site");
        var originOnly = http.post("/e/" + slug + "/inscription", valid("victime2@example.test"),
                "Origin", "https://malveillant.example");

        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(originOnly.statusCode()).isEqualTo(403);
        assertThat(registrations.count(eventId, RegistrationFilter.NONE)).isZero();
    }

    @Test
    void the_personal_page_changes_then_cancels_after_a_confirmation_page() {
        var token = registrations.register(eventId, OpenDay.person("Peio", "peio@example.test", null, null)).token();
        var change = http.get("/r/" + token + "/modifier");
        assertThat(change.body()).contains("value=\"Peio\"", "readonly");
        var version = registrations.byToken(token).orElseThrow().version();
        var form = valid("ignore@example.test");
        form.put("firstName", "Pierre");
        form.put("version", String.valueOf(version));
        var saved = http.post("/r/" + token + "/modifier", form);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(registrations.byToken(token).orElseThrow().firstName()).isEqualTo("Pierre");
        assertThat(registrations.byToken(token).orElseThrow().email()).isEqualTo("peio@example.test");

        var stale = http.post("/r/" + token + "/modifier", form);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("a changé entre-temps", "value=\"Pierre\"");

        var confirm = http.get("/r/" + token + "/annuler");
        assertThat(confirm.body()).contains("Annuler votre inscription ?", "method=\"post\"");
        assertThat(registrations.byToken(token).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        var cancelled = http.post("/r/" + token + "/annuler", Map.of());
        assertThat(cancelled.statusCode()).isEqualTo(303);
        assertThat(registrations.byToken(token).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(http.get("/r/" + token + "?annule").body()).contains("Votre inscription est annulée.");
    }

    @Test
    void erasing_from_the_personal_link_leaves_a_link_that_is_not_found() {
        var token = registrations.register(eventId, OpenDay.person("Maddi", "maddi@example.test", null, null)).token();
        assertThat(http.get("/r/" + token + "/effacer").body()).contains("Tout effacer maintenant ?");
        var erased = http.post("/r/" + token + "/effacer", Map.of());

        assertThat(erased.body()).contains("id=\"personal-erased\"", "href=\"/e/" + slug + "\"");
        assertThat(registrations.byToken(token)).isEmpty();
        var gone = http.get("/r/" + token);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("Cette inscription est introuvable");
    }

    @Test
    void google_and_outlook_get_the_public_page_never_the_personal_link() {
        var token = registrations.register(eventId, OpenDay.person("Amaia", "amaia.cal@exemple.fr", null, null)).token();
        var page = http.get("/r/" + token).body();
        for (var id : List.of("calendar-google", "calendar-outlook")) {
            var matcher = java.util.regex.Pattern.compile("id=\"" + id + "\" href=\"([^\"]+)\"").matcher(page);
            assertThat(matcher.find()).as(id).isTrue();
            var href = URLDecoder.decode(matcher.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
            assertThat(href).doesNotContain(token).doesNotContain("/r/").contains("/e/" + slug);
        }
        assertThat(page).contains("rel=\"noopener noreferrer\"");
    }

    @Test
    void the_lost_link_form_stops_an_address_that_asks_too_often() {
        for (int i = 0; i < 10; i++) {
            assertThat(http.post("/e/" + slug + "/lien-perdu", Map.of("email", "qui" + i + "@exemple.fr")).statusCode())
                    .isEqualTo(200);
        }
        var refused = http.post("/e/" + slug + "/lien-perdu", Map.of("email", "encore@exemple.fr"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Trop de demandes de lien depuis votre connexion.");
    }
}
