package fr.journees.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import static fr.journees.db.Tables.MAIL_OUTBOX;
import static fr.journees.db.Tables.REGISTRATION;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.support.JourneesSpringTest;

/** A participant erases their registration: the place goes to the waiting list, nothing of them stays. */
@JourneesSpringTest
@Tag("database")
class SelfErasureTest {

    @Autowired RegistrationService registrations;
    @Autowired PersonalTraces traces;
    @Autowired OpenDay days;
    @Autowired PrivacyService privacy;
    @Autowired DSLContext dsl;
    @LocalServerPort int port;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    @Test
    void erasing_frees_the_place_promotes_the_first_waiting_and_leaves_nothing_of_the_person_in_any_table() {
        long event = days.create("effacement", 1);
        created.add(event);
        var erased = registrations.register(event, RetentionJobTest.person("Garazi", "garazi.erase@example.test", null, null));
        var waiting = registrations.register(event, OpenDay.person("Xabi", "xabi.waits@example.test", null, null));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(traces.of("garazi.erase@example.test")).isNotEmpty();
        assertThat(traces.of(erased.token())).isNotEmpty();

        int rows = registrations.erase(erased.token());

        assertThat(rows).isGreaterThanOrEqualTo(2);
        assertThat(registrations.byToken(erased.token())).isEmpty();
        assertThat(registrations.byToken(waiting.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        for (var trace : List.of("garazi.erase@example.test", "Garazi", erased.token(), "Asso Garazi",
                "Sans gluten Garazi", "Fauteuil Garazi", erased.view().checkinCode())) {
            assertThat(traces.of(trace)).as(trace).isEmpty();
        }
        assertThat(traces.of("xabi.waits@example.test")).isNotEmpty();
        assertThat(privacy.log(event, 10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(PrivacyAction.SELF_ERASURE);
            assertThat(e.actor()).isEqualTo("participant");
        });
    }

    @Test
    void the_download_holds_everything_kept_about_the_person_and_their_mails() throws Exception {
        long event = days.create("export", null);
        created.add(event);
        var outcome = registrations.register(event, RetentionJobTest.person("Irati", "irati.export@example.test", null, null));
        registrations.resendLink(event, "irati.export@example.test");

        String json;
        String html;
        try (var client = HttpClient.newHttpClient()) {
            json = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/r/" + outcome.token()
                    + "/donnees.json")).build(), HttpResponse.BodyHandlers.ofString()).body();
            html = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/r/" + outcome.token()
                    + "/donnees.html")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/r/nobody-nobody-nobody-nobody/donnees.json")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(404);
        }
        var row = dsl.selectFrom(REGISTRATION).where(REGISTRATION.ID.eq(outcome.id())).fetchSingle();
        for (var held : List.of(row.getFirstName(), row.getLastName(), row.getEmail(), row.getPhone(),
                row.getOrganisationName(), row.getFunctionTitle(), row.getTerritory(), row.getDietaryNeeds(),
                row.getAccessibilityNeeds(), row.getCheckinCode(), row.getConsentNoticeVersion())) {
            assertThat(json).contains(held);
            assertThat(html).contains(HtmlUtils.htmlEscape(held, "UTF-8"));
        }
        var subjects = dsl.select(MAIL_OUTBOX.SUBJECT).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.REGISTRATION_ID.eq(outcome.id())).fetch(MAIL_OUTBOX.SUBJECT);
        assertThat(subjects).hasSize(2);
        subjects.forEach(subject -> assertThat(json).contains(subject));
        assertThat(html).contains("Courriels · E-mails (2)");
        assertThat(privacy.log(event, 10)).anySatisfy(e -> assertThat(e.action()).isEqualTo(PrivacyAction.SELF_EXPORT));
    }
}
