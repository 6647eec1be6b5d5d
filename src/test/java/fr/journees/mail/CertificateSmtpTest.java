package fr.journees.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;

import fr.journees.certificate.CertificateService;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** A certificate of attendance as a real SMTP server receives it: accents, escaped name, the PDF attached. */
@JourneesSpringTest
@Tag("database")
class CertificateSmtpTest {

    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired MailService mails;

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

    @Test
    void the_certificate_arrives_as_a_pdf_attachment_with_the_name_escaped() throws Exception {
        long eventId = days.create("attestation-smtp", null);
        created.add(eventId);
        var id = registrations.byToken(registrations.register(eventId,
                OpenDay.person("Éléonore <b>", "eleonore.cert@example.test", null, null)).token()).orElseThrow().id();
        attendance.checkIn(eventId, id, "accueil@journees.test", "porte");
        certificates.mailAll(eventId);

        SmtpDelivery.send(toGreenMail, "Journées <no-reply@journees.test>", mails.forRegistration(id).getLast());

        var message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).startsWith("Votre attestation de présence : Journée attestation-smtp");
        var parts = new ArrayList<Part>();
        collect(message, parts);
        assertThat(parts).anySatisfy(p -> {
            assertThat(p.getContentType()).startsWith("text/plain");
            assertThat((String) p.getContent()).contains("Bonjour Éléonore <b>,", "« Journée attestation-smtp");
        });
        assertThat(parts).anySatisfy(p -> {
            assertThat(p.getContentType()).startsWith("text/html");
            assertThat((String) p.getContent()).contains("Bonjour Éléonore &lt;b&gt;,").doesNotContain("<b>");
        });
        assertThat(parts).anySatisfy(p -> {
            assertThat(p.getContentType()).startsWith("application/pdf");
            assertThat(p.getFileName()).isEqualTo("attestation-de-presence.pdf");
            var bytes = new ByteArrayOutputStream();
            p.getInputStream().transferTo(bytes);
            try (var pdf = Loader.loadPDF(bytes.toByteArray())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Éléonore <b> Etcheverry");
            }
        });
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
