package fr.journees.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.mail.MailService;
import fr.journees.mail.OutboxMail;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.support.JourneesSpringTest;

/** Organisers' messages on the real database: who receives them, what they read, where they find them again. */
@JourneesSpringTest
@Tag("database")
class MessagingServiceTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired MessagingService messaging;
    @Autowired MailService mails;
    @Autowired fr.journees.security.AccountService accounts;

    final List<Long> created = new ArrayList<>();
    long eventId;
    long vert;
    long rose;
    String amaia;
    String benat;
    String ximun;
    String waiting;

    @BeforeEach
    void aDayWithTwoParcoursAndAWaitingList() {
        eventId = days.create("messages", 3);
        created.add(eventId);
        vert = days.itinerary(eventId, "Vert", ItineraryColour.GREEN, 2);
        rose = days.itinerary(eventId, "Rose", ItineraryColour.PINK, 2);
        amaia = registrations.register(eventId, OpenDay.person("Amaia", "amaia.msg@example.test", vert, null)).token();
        benat = registrations.register(eventId, OpenDay.person("Beñat", "benat.msg@example.test", vert, null)).token();
        ximun = registrations.register(eventId, OpenDay.person("Ximun", "ximun.msg@example.test", rose, null)).token();
        waiting = registrations.register(eventId, OpenDay.person("Maddi", "maddi.msg@example.test", rose, null)).token();
        attendance.checkIn(eventId, id(amaia), "accueil@journees.test", "porte");
    }

    @AfterEach
    void removeTheDay() {
        created.forEach(days::remove);
    }

    private long id(String token) {
        return registrations.byToken(token).orElseThrow().id();
    }

    private List<OutboxMail> mailsOf(String token) {
        return mails.forRegistration(id(token));
    }

    @Test
    void the_audience_filters_by_status_parcours_and_presence() {
        assertThat(messaging.recipients(eventId, Audience.CONFIRMED)).extracting(r -> r.firstName())
                .containsExactlyInAnyOrder("Amaia", "Beñat", "Ximun");
        assertThat(messaging.recipients(eventId, new Audience(EnumSet.of(RegistrationStatus.WAITLISTED), null, null,
                Presence.ANY))).extracting(r -> r.firstName()).containsExactly("Maddi");
        assertThat(messaging.recipients(eventId, new Audience(EnumSet.of(RegistrationStatus.CONFIRMED), vert, null,
                Presence.ABSENT))).extracting(r -> r.firstName()).containsExactly("Beñat");
        assertThat(messaging.recipients(eventId, new Audience(EnumSet.of(RegistrationStatus.CONFIRMED), null, null,
                Presence.PRESENT))).extracting(r -> r.firstName()).containsExactly("Amaia");
        assertThat(messaging.recipients(eventId, new Audience(EnumSet.noneOf(RegistrationStatus.class), null, null,
                null))).isEmpty();
    }

    @Test
    void each_recipient_gets_their_own_values_and_nobody_else_gets_anything() {
        int sent = messaging.send(eventId, new MessageDraft("Parcours {parcours} : départ à l’heure",
                "Bonjour {prénom},\nvotre lien : {lien}\nvotre agenda : {agenda}"),
                new Audience(EnumSet.of(RegistrationStatus.CONFIRMED), vert, null, Presence.ANY), "Confirmées · Vert",
                "orga@journees.test");

        assertThat(sent).isEqualTo(2);
        var toAmaia = mailsOf(amaia).getLast();
        assertThat(toAmaia.subject()).isEqualTo("Parcours Vert : départ à l’heure");
        assertThat(toAmaia.text()).contains("Bonjour Amaia,", "/r/" + amaia, "/r/" + amaia + "/agenda.ics")
                .doesNotContain("{prénom}");
        assertThat(mailsOf(benat).getLast().text()).contains("Bonjour Beñat,", "/r/" + benat);
        assertThat(mailsOf(ximun)).noneMatch(m -> m.subject().startsWith("Parcours"));
        assertThat(mailsOf(waiting)).noneMatch(m -> m.subject().startsWith("Parcours"));
        var listed = messaging.sent(eventId, 0, 10);
        assertThat(listed).singleElement().satisfies(m -> {
            assertThat(m.recipientCount()).isEqualTo(2);
            assertThat(m.audience()).isEqualTo("Confirmées · Vert");
            assertThat(m.sentBy()).isEqualTo("orga@journees.test");
        });
    }

    @Test
    void the_preview_shows_the_first_recipient_and_the_count() {
        var preview = messaging.preview(eventId, "Pour {prénom}", "Atelier : {atelier}", new Audience(
                EnumSet.of(RegistrationStatus.CONFIRMED), rose, null, Presence.ANY));
        assertThat(preview.count()).isEqualTo(1);
        assertThat(preview.recipientName()).isEqualTo("Ximun Etcheverry");
        assertThat(preview.subject()).isEqualTo("Pour Ximun");
        assertThat(preview.text()).isEqualTo("Atelier : à préciser");
    }

    @Test
    void a_test_goes_to_the_organiser_alone_with_a_real_recipient_s_values() {
        int before = mails.count("orga.test@journees.test");
        messaging.sendTest(eventId, new MessageDraft("Infos {journée}", "Bonjour {prénom}"), Audience.CONFIRMED,
                "orga.test@journees.test", Locale.FRENCH);

        var test = mails.page("orga.test@journees.test", 0, 1).getFirst();
        assertThat(mails.count("orga.test@journees.test")).isEqualTo(before + 1);
        assertThat(test.subject()).startsWith("[Test] Infos Journée messages");
        assertThat(test.text()).isEqualTo("Bonjour Amaia");
        assertThat(test.registrationId()).isNull();
        assertThat(messaging.sentCount(eventId)).isZero();
        assertThat(mailsOf(amaia)).noneMatch(m -> m.subject().contains("Infos"));
    }

    @Test
    void a_message_to_nobody_is_refused_and_leaves_nothing() {
        assertThatThrownBy(() -> messaging.send(eventId, new MessageDraft("Rien", "Rien"), new Audience(
                EnumSet.of(RegistrationStatus.CANCELLED), null, null, Presence.ANY), "Annulées", "orga@journees.test"))
                .isInstanceOf(MessageRefused.class);
        assertThat(messaging.sentCount(eventId)).isZero();
    }

    @Test
    void the_personal_page_lists_the_messages_received_with_their_body_escaped() throws Exception {
        messaging.send(eventId, new MessageDraft("Changement d’horaire <b>", "Bonjour {prénom}, <script>x</script>"),
                Audience.CONFIRMED, "Confirmées", "orga@journees.test");
        var client = HttpClient.newHttpClient();
        var page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/r/" + amaia)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("id=\"personal-messages\"", "Changement d’horaire &lt;b&gt;",
                "Bonjour Amaia, &lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x");
        var waitingPage = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/r/" + waiting))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(waitingPage).doesNotContain("id=\"personal-messages\"");
    }

    @Test
    void an_anonymised_organiser_is_no_longer_named_as_the_sender() {
        var email = "orga.partie" + System.nanoTime() + "@journees.test";
        long id = accounts.create(new fr.journees.security.NewAccount(email, "Orga Partie",
                java.util.Set.of(fr.journees.security.Roles.ORGANISER), false), "Belle-journée-à-Bayonne");
        messaging.send(eventId, new MessageDraft("Infos", "Bonjour {prénom}"), Audience.CONFIRMED, "Confirmées", email);
        accounts.setEnabled("orga@journees.test", id, accounts.summary(id).orElseThrow().version(), false);

        accounts.anonymise("orga@journees.test", id, accounts.summary(id).orElseThrow().version());

        assertThat(messaging.sent(eventId, 0, 1).getFirst().sentBy()).isEqualTo("compte n° " + id);
    }
}
