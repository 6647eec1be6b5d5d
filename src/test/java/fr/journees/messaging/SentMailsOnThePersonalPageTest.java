package fr.journees.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.certificate.CertificateService;
import fr.journees.event.EventService;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/** The personal page lists every mail its participant was sent beside the organisers' messages. */
@JourneesSpringTest
@Tag("database")
class SentMailsOnThePersonalPageTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired ScheduledMailsService scheduled;
    @Autowired CertificateService certificates;
    @Autowired EventService events;

    long eventId;
    String amaia;
    String benat;

    @BeforeEach
    void aDayWithItsReminderOn() {
        eventId = days.create("courriels-recus", null);
        amaia = registrations.register(eventId, OpenDay.person("Amaia", "amaia.recus@ex.test", null, null)).token();
        benat = registrations.register(eventId, OpenDay.person("Beñat", "benat.recus@ex.test", null, null)).token();
        var stored = scheduled.schedule(eventId, Locale.FRENCH);
        var d = stored.settings();
        scheduled.save(eventId, stored.version(), new ScheduledMailSettings(true, 2, "Rappel <b>{journée}</b>",
                "Bonjour {prénom}, <script>x</script> à bientôt", false, d.thanksSubject(), d.thanksBody()));
    }

    @AfterEach
    void removeTheDay() {
        days.remove(eventId);
    }

    private String page(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/r/"
                + token)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void after_the_reminder_and_the_certificate_the_page_lists_both_latest_first_escaped() throws Exception {
        var date = events.details(eventId).orElseThrow().date();
        assertThat(scheduled.sendDue(eventId, ScheduledMailKind.REMINDER, date.minusDays(1))).isEqualTo(2);
        var id = registrations.byToken(amaia).orElseThrow().id();
        attendance.checkIn(eventId, id, "accueil@journees.test", "porte");
        assertThat(certificates.mailTo(eventId, id)).isTrue();

        var page = page(amaia);

        var title = events.details(eventId).orElseThrow().title();
        assertThat(page).contains("id=\"personal-messages\"", "Messages reçus",
                "Rappel &lt;b&gt;" + title + "&lt;/b&gt;", "Bonjour Amaia, &lt;script&gt;x&lt;/script&gt; à bientôt",
                "Votre attestation de présence : " + title, "Vous trouverez ci-joint votre attestation")
                .doesNotContain("<script>x", "<b>" + title);
        assertThat(page.indexOf("Votre attestation de présence")).as("latest first").isNotNegative()
                .isLessThan(page.indexOf("Rappel &lt;b&gt;"));
        assertThat(page(benat)).as("a reminder, no certificate for the absent").contains("Rappel &lt;b&gt;")
                .contains("Bonjour Beñat").doesNotContain("Votre attestation de présence :");
    }

    @Test
    void a_participant_sent_nothing_has_no_list_of_messages() throws Exception {
        assertThat(page(amaia)).doesNotContain("id=\"personal-messages\"");
    }
}
