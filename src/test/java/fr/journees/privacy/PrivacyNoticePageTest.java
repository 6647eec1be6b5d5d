package fr.journees.privacy;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.base.PrivacyNotice;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationExport;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/** The public notice through the real HTTP port, and the consent it is shown for. */
@JourneesSpringTest
@Tag("database")
class PrivacyNoticePageTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired PrivacyService privacy;
    @Autowired RegistrationService registrations;
    @Autowired DSLContext dsl;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (acceptLanguage != null) {
                request.header("Accept-Language", acceptLanguage);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private String slug(long event) {
        return dsl.select(EVENT.SLUG).from(EVENT).where(EVENT.ID.eq(event)).fetchSingle(EVENT.SLUG);
    }

    @Test
    void the_notice_is_public_in_french_and_english_with_the_contact_escaped_and_no_session() throws Exception {
        long event = days.create("notice", null);
        created.add(event);
        privacy.save(event, new PrivacySettings("<script>alert(1)</script> dpo@example.test", 9, 0));

        var french = get("/e/" + slug(event) + "/confidentialite", null);
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html").containsIgnoringCase("UTF-8"));
        assertThat(french.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(french.body()).contains("<html lang=\"fr\"", "Vos données personnelles", "9 mois après la journée",
                        "Les financeurs ne reçoivent que des nombres", "Version de la notice : " + PrivacyNotice.VERSION,
                        "&lt;script&gt;alert(1)&lt;/script&gt; dpo@example.test")
                .doesNotContain("<script>alert");

        var english = get("/e/" + slug(event) + "/confidentialite", "en-GB,en;q=0.9");
        assertThat(english.body()).contains("<html lang=\"en\"", "Your personal data", "9 months after the day",
                "Notice version: " + PrivacyNotice.VERSION);
        assertThat(get("/e/" + slug(event) + "/confidentialite?lang=en", "fr-FR").body()).contains("Your personal data");
        assertThat(get("/e/" + slug(event) + "/confidentialite?lang=fr", "en").body()).contains("Vos données personnelles");
    }

    @Test
    void a_day_without_settings_shows_the_installation_period_and_an_unknown_day_is_not_found() throws Exception {
        long event = days.create("defaut", null);
        created.add(event);

        assertThat(get("/e/" + slug(event) + "/confidentialite", "fr").body()).contains("6 mois après la journée");
        assertThat(get("/e/nothing-here-" + event + "/confidentialite", null).statusCode()).isEqualTo(404);
    }

    @Test
    void consent_is_stored_with_its_time_and_the_notice_version_and_exported() {
        long event = days.create("consent", null);
        created.add(event);
        var before = LocalDateTime.now().minusSeconds(1);

        var withPhotos = registrations.register(event, RetentionJobTest.person("Maite", "maite@example.test", null, null));
        var without = registrations.register(event, OpenDay.person("Peio", "peio@example.test", null, null));

        var consent = registrations.byToken(withPhotos.token()).orElseThrow().consent();
        assertThat(consent.noticeVersion()).isEqualTo(PrivacyNotice.VERSION);
        assertThat(consent.dataAt()).isAfter(before);
        assertThat(consent.photosAt()).isEqualTo(consent.dataAt());
        var none = registrations.byToken(without.token()).orElseThrow().consent();
        assertThat(none.dataAt()).isAfter(before);
        assertThat(none.photosAt()).isNull();
        assertThat(dsl.select(REGISTRATION.CONSENT_NOTICE_VERSION).from(REGISTRATION)
                .where(REGISTRATION.ID.eq(without.id())).fetchSingle(REGISTRATION.CONSENT_NOTICE_VERSION))
                .isEqualTo(PrivacyNotice.VERSION);

        var csv = new String(RegistrationExport.csv(fr.journees.registration.ExportLabels.translated(key -> key), registrations.all(event)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.contains("maite@example.test")).findFirst().orElseThrow())
                .endsWith(";" + PrivacyNotice.VERSION)
                .contains(consent.dataAt().toString().substring(0, 10));
    }

    @Test
    void withdrawing_the_photo_consent_clears_its_time_and_giving_it_again_dates_it_anew() {
        long event = days.create("photos", null);
        created.add(event);
        var outcome = registrations.register(event, RetentionJobTest.person("Ane", "ane@example.test", null, null));
        var view = registrations.byToken(outcome.token()).orElseThrow();
        var request = view.toRequest();

        registrations.change(outcome.token(), view.version(), new fr.journees.registration.RegistrationRequest(
                request.firstName(), request.lastName(), request.email(), request.phone(), request.organisation(),
                request.function(), request.territory(), null, null, request.lunch(), null, null, true, false, "fr",
                null, null));
        var withdrawn = registrations.byToken(outcome.token()).orElseThrow();
        assertThat(withdrawn.consent().photosAt()).isNull();
        assertThat(withdrawn.consent().dataAt()).isEqualTo(view.consent().dataAt());

        registrations.change(outcome.token(), withdrawn.version(), request);
        assertThat(registrations.byToken(outcome.token()).orElseThrow().consent().photosAt()).isNotNull();
    }
}
