package fr.journees.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;

import fr.journees.event.EventService;
import fr.journees.messaging.Audience;
import fr.journees.messaging.MessageDraft;
import fr.journees.messaging.MessagingService;
import fr.journees.messaging.ScheduledMailSettings;
import fr.journees.messaging.ScheduledMailKind;
import fr.journees.messaging.ScheduledMailsService;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.PersonalLinks;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The messages, reminders and thank-yous as a real SMTP server receives them (GreenMail). */
@JourneesSpringTest
@Tag("database")
class MessagingSmtpTest {

    private static final String FROM = "Journées <no-reply@journees.test>";

    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired MessagingService messaging;
    @Autowired ScheduledMailsService scheduled;
    @Autowired MailService mails;
    @Autowired MailRepository outbox;
    @Autowired EventService events;
    @Autowired PersonalLinks links;

    GreenMail smtp;
    JavaMailSenderImpl toGreenMail;
    final List<Long> created = new ArrayList<>();
    long eventId;
    String token;
    long registrationId;

    @BeforeEach
    void startSmtpAndADay() throws Exception {
        smtp = LocalSmtp.start();
        toGreenMail = LocalSmtp.senderTo(smtp);
        eventId = days.create("courriels", null);
        created.add(eventId);
        token = registrations.register(eventId, OpenDay.person("Éléonore <b>", "eleonore.smtp@example.test", null, null))
                .token();
        registrationId = registrations.byToken(token).orElseThrow().id();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        created.forEach(days::remove);
    }

    /** Delivers the latest mail of the registration as the outbox sender would, and returns what arrived. */
    private MimeMessage deliverLatest() throws Exception {
        var mail = mails.forRegistration(registrationId).getLast();
        SmtpDelivery.send(toGreenMail, FROM, mail);
        var received = smtp.getReceivedMessages();
        return received[received.length - 1];
    }

    @Test
    void a_message_arrives_with_accents_placeholders_filled_and_the_name_escaped_in_html() throws Exception {
        messaging.send(eventId, new MessageDraft("Journée « {journée} » : à bientôt {prénom} ! <i>",
                "Bonjour {prénom},\n\nÇa approche : {date}.\nVotre lien : {lien}"), Audience.CONFIRMED, "Confirmées",
                "orga@journees.test");

        var message = deliverLatest();
        assertThat(message.getSubject()).startsWith("Journée « Journée courriels").endsWith("à bientôt Éléonore <b> ! <i>");
        var parts = parts(message);
        assertThat(text(parts, "text/plain")).contains("Bonjour Éléonore <b>,", "Ça approche", links.page(token))
                .doesNotContain("{");
        assertThat(text(parts, "text/html")).contains("Bonjour Éléonore &lt;b&gt;,", "Ça approche",
                "<a href=\"" + links.page(token) + "\">").doesNotContain("<b>");
    }

    @Test
    void the_organisers_test_reaches_only_them_with_the_first_recipients_values_and_accents() throws Exception {
        var organiser = "orga.essai." + System.nanoTime() + "@journees.test";
        messaging.sendTest(eventId, new MessageDraft("Journée « {journée} » : à bientôt {prénom} !",
                "Bonjour {prénom},\n\nÇa approche : {date}.\nVotre lien : {lien}"), Audience.CONFIRMED, organiser,
                Locale.FRENCH);

        var test = mails.page(organiser, 0, 1).getFirst();
        assertThat(test.registrationId()).as("tied to no registration").isNull();
        SmtpDelivery.send(toGreenMail, FROM, test);
        var message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(organiser);
        assertThat(message.getSubject()).startsWith("[Test] Journée « Journée courriels")
                .endsWith("à bientôt Éléonore <b> !");
        var parts = parts(message);
        assertThat(text(parts, "text/plain")).contains("Bonjour Éléonore <b>,", "Ça approche : ", links.page(token))
                .doesNotContain("{");
        assertThat(text(parts, "text/html")).contains("Bonjour Éléonore &lt;b&gt;,", links.page(token))
                .doesNotContain("<b>");
        assertThat(mails.forRegistration(registrationId)).as("the participant gets nothing")
                .noneMatch(m -> m.subject().contains("à bientôt"));
    }

    @Test
    void a_subject_typed_with_line_breaks_cannot_add_a_header() throws Exception {
        messaging.send(eventId, new MessageDraft("Infos\r\nBcc: victim@example.test", "Bonjour"), Audience.CONFIRMED,
                "Confirmées", "orga@journees.test");

        var message = deliverLatest();
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("eleonore.smtp@example.test");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void the_reminder_carries_the_practical_information_and_the_calendar_file() throws Exception {
        var date = events.details(eventId).orElseThrow().date();
        var d = scheduled.defaults(Locale.FRENCH);
        scheduled.save(eventId, -1, new ScheduledMailSettings(true, 2, d.reminderSubject(), d.reminderBody(), false,
                d.thanksSubject(), d.thanksBody()));
        assertThat(scheduled.sendDue(eventId, ScheduledMailKind.REMINDER, date.minusDays(2))).isEqualTo(1);

        var message = deliverLatest();
        assertThat(message.getSubject()).startsWith("Rappel : Journée courriels");
        var parts = parts(message);
        assertThat(text(parts, "text/plain")).contains("Bonjour Éléonore <b>,", "de 9h00 à 16h30", "Votre parcours",
                links.agenda(token), links.page(token));
        assertThat(text(parts, "text/html")).contains("Bonjour Éléonore &lt;b&gt;,", "Informations pratiques");
        assertThat(parts).anySatisfy(p -> {
            assertThat(p.getFileName()).isEqualTo("agenda.ics");
            assertThat(p.getContentType()).contains("text/calendar");
            var bytes = new ByteArrayOutputStream();
            p.getInputStream().transferTo(bytes);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR", "Journée courriels");
        });
    }

    @Test
    void the_thanks_carries_the_survey_link() throws Exception {
        var date = events.details(eventId).orElseThrow().date();
        attendance.checkIn(eventId, registrationId, "accueil@journees.test", "porte");
        var d = scheduled.defaults(Locale.FRENCH);
        scheduled.save(eventId, -1, new ScheduledMailSettings(false, 2, d.reminderSubject(), d.reminderBody(), true,
                d.thanksSubject(), d.thanksBody()));
        assertThat(scheduled.sendDue(eventId, ScheduledMailKind.THANKS, date.plusDays(1))).isEqualTo(1);

        var message = deliverLatest();
        assertThat(message.getSubject()).isEqualTo("Merci d’être venu·e à Journée courriels " + slugSuffix());
        var parts = parts(message);
        assertThat(text(parts, "text/plain")).contains("Merci d’avoir participé", links.survey(token));
        assertThat(text(parts, "text/html")).contains("<a href=\"" + links.survey(token) + "\">");
    }

    @Test
    void the_sender_keeps_to_the_rate_and_leaves_the_rest_due() throws Exception {
        var limited = new OutboxSender(outbox, null, FROM, 2);
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            ids.add(outbox.insert(new OutgoingMail("rate" + i + "@example.test", "Débit " + i, "x", null, null, eventId,
                    null), MailStatus.PENDING));
        }

        assertThat(limited.sendDue(toGreenMail)).isEqualTo(2);
        assertThat(limited.sendDue(toGreenMail)).as("the minute is full").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        var statuses = ids.stream().map(id -> outbox.byId(id).orElseThrow().status()).toList();
        assertThat(statuses).contains(MailStatus.PENDING);
        // what is left is sent by a later turn: deliver it now so that no other test finds it due
        ids.stream().filter(id -> outbox.byId(id).orElseThrow().status() == MailStatus.PENDING)
                .forEach(id -> limited.deliver(id, toGreenMail));
    }

    private String slugSuffix() {
        var title = events.details(eventId).orElseThrow().title();
        return title.substring(title.lastIndexOf(' ') + 1);
    }

    private static List<Part> parts(Part part) throws Exception {
        var into = new ArrayList<Part>();
        collect(part, into);
        return into;
    }

    private static void collect(Part part, List<Part> into) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), into);
            }
        } else {
            into.add(part);
        }
    }

    private static String text(List<Part> parts, String type) throws Exception {
        for (var p : parts) {
            if (p.getContentType().startsWith(type) && p.getFileName() == null) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
