package fr.journees.mail;

import static fr.journees.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;

import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.support.JourneesSpringTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The outbox sender against a real SMTP server (GreenMail on a free port, its own JavaMailSender),
 * with the mails the registration feature really queues.
 */
@JourneesSpringTest
@Tag("database")
class SmtpOutboxTest {

    @Autowired OutboxSender sender;
    @Autowired MailRepository outbox;
    @Autowired RegistrationService registrations;
    @Autowired OpenDay days;
    @Autowired DSLContext dsl;

    GreenMail smtp;
    JavaMailSenderImpl toGreenMail;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void startSmtp() throws Exception {
        smtp = LocalSmtp.start();
        toGreenMail = LocalSmtp.senderTo(smtp);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        created.forEach(days::remove);
    }

    /** A registration's confirmation, re-queued as PENDING as it would be with SMTP configured. */
    private long pendingConfirmation(String firstName) {
        long event = days.create("smtp", null);
        created.add(event);
        var outcome = registrations.register(event, OpenDay.person(firstName, "amaia@example.test", null, null));
        var kept = outbox.forRegistration(outcome.id()).get(0);
        return outbox.insert(new OutgoingMail(kept.recipient(), kept.subject(), kept.text(), kept.html(),
                kept.attachment(), event, outcome.id()), MailStatus.PENDING);
    }

    @Test
    void sends_the_confirmation_with_accents_and_the_calendar_file() throws Exception {
        long id = pendingConfirmation("Éléonore <b>");

        assertThat(sender.deliver(id, toGreenMail)).isTrue();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        var message = received[0];
        assertThat(message.getSubject()).startsWith("Inscription confirmée : Journée smtp");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("amaia@example.test");
        var parts = new ArrayList<Part>();
        collect(message, parts);
        assertThat(parts).anySatisfy(p -> {
            assertThat(p.getContentType()).startsWith("text/plain");
            assertThat((String) p.getContent()).contains("Bonjour Éléonore <b>,");
        });
        assertThat(parts).anySatisfy(p -> {
            assertThat(p.getContentType()).startsWith("text/html");
            assertThat((String) p.getContent()).contains("Bonjour Éléonore &lt;b&gt;,")
                    .doesNotContain("<b>,");
        });
        assertThat(parts).anySatisfy(p -> {
            assertThat(p.getContentType()).contains("text/calendar").contains("method=PUBLISH");
            assertThat(p.getFileName()).isEqualTo("agenda.ics");
            var bytes = new ByteArrayOutputStream();
            p.getInputStream().transferTo(bytes);
            assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("BEGIN:VCALENDAR", "METHOD:PUBLISH", "BEGIN:VEVENT", "Journée smtp");
        });
        assertThat(outbox.byId(id).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void a_failed_send_is_retried_later_and_never_loses_the_registration() {
        long id = pendingConfirmation("Peio");
        var unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1);

        assertThat(sender.deliver(id, unreachable)).isFalse();

        var failed = outbox.byId(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(MailStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isAfter(LocalDateTime.now());
        assertThat(registrations.byId(failed.registrationId()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(sender.deliver(id, toGreenMail)).as("not due yet").isFalse();

        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, LocalDateTime.now().minusSeconds(1))
                .where(MAIL_OUTBOX.ID.eq(id)).execute();
        assertThat(sender.deliver(id, toGreenMail)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox.byId(id).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void nothing_typed_can_add_a_header() {
        var mail = new OutgoingMail("a@example.test", "Inscription\r\nBcc: victim@example.test", "x", null, null,
                null, null);
        assertThat(mail.subject()).doesNotContain("\r").doesNotContain("\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OutgoingMail("a@example.test, b@example.test",
                "s", "x", null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
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
}
