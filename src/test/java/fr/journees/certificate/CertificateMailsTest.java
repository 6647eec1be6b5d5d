package fr.journees.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.mail.MailService;
import fr.journees.mail.OutboxMail;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/** Certificates by mail: each one present gets theirs once with "all at once", again on request, the absent never. */
@JourneesSpringTest
@Tag("database")
class CertificateMailsTest {

    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired MailService mails;

    final List<Long> created = new ArrayList<>();
    long eventId;
    long present;
    long absent;

    @BeforeEach
    void aDayWithOnePresentAndOneAbsent() {
        eventId = days.create("attestation-courriel", null);
        created.add(eventId);
        present = registrations.byToken(registrations.register(eventId,
                OpenDay.person("Maialen", "maialen.mail@example.test", null, null)).token()).orElseThrow().id();
        absent = registrations.byToken(registrations.register(eventId,
                OpenDay.person("Absente", "absente.mail@example.test", null, null)).token()).orElseThrow().id();
        attendance.checkIn(eventId, present, "accueil@journees.test", "porte");
    }

    @AfterEach
    void removeTheDay() {
        created.forEach(days::remove);
    }

    private List<OutboxMail> certificatesOf(long registrationId) {
        return mails.forRegistration(registrationId).stream().filter(m -> m.attachment() != null
                && m.attachment().contentType().equals("application/pdf")).toList();
    }

    @Test
    void all_at_once_sends_each_one_present_their_certificate_once_and_nothing_to_the_absent() throws Exception {
        assertThat(certificates.mailAll(eventId)).isEqualTo(1);
        assertThat(certificates.mailAll(eventId)).as("a second click").isZero();

        assertThat(certificatesOf(absent)).isEmpty();
        var mail = certificatesOf(present);
        assertThat(mail).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Votre attestation de présence : Journée attestation-courriel");
            assertThat(m.attachment().name()).isEqualTo("attestation-de-presence.pdf");
            assertThat(m.text()).contains("Bonjour Maialen,", "/attestation.pdf");
        });
        try (var pdf = Loader.loadPDF(mail.getFirst().attachment().content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Maialen Etcheverry").doesNotContain("Absente");
        }
        assertThat(certificates.attendees(eventId)).singleElement()
                .satisfies(a -> assertThat(a.mailedAt()).isNotNull());
    }

    @Test
    void on_request_sends_again_but_never_to_someone_absent() {
        assertThat(certificates.mailTo(eventId, present)).isTrue();
        assertThat(certificates.mailTo(eventId, present)).isTrue();
        assertThat(certificates.mailTo(eventId, absent)).isFalse();

        assertThat(certificatesOf(present)).hasSize(2);
        assertThat(certificatesOf(absent)).isEmpty();
        assertThat(certificates.mailAll(eventId)).as("already had it").isZero();
    }
}
