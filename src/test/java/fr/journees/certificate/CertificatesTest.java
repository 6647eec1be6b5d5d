package fr.journees.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/** Certificates of attendance: one for each person checked in, none for the others, with who signs it. */
@JourneesSpringTest
class CertificatesTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;

    final List<Long> created = new ArrayList<>();
    long eventId;

    @BeforeEach
    void aDayWithTwoPresentAndOneAbsent() {
        eventId = days.create("attestation", 3);
        created.add(eventId);
    }

    @AfterEach
    void removeTheDay() {
        created.forEach(days::remove);
    }

    private String registerAndCheckIn(String first, String last, String email) {
        var outcome = registrations.register(eventId, new RegistrationRequest(first, last, email, null,
                "Centre social Polo Beyris", null, null, null, null, false, null, null, true, false, "fr", null, null));
        var id = registrations.byToken(outcome.token()).orElseThrow().id();
        attendance.checkIn(eventId, id, "accueil@journees.test", "porte 1");
        return outcome.token();
    }

    @Test
    void a_participant_checked_in_gets_a_certificate_naming_them_the_day_and_the_signatory() throws Exception {
        var token = registerAndCheckIn("Maialen", "Etxeberria", "maialen@example.test");
        certificates.save(eventId, new CertificateSettings("Claire Duhalde", "Directrice de PQN-A", "Bayonne"));

        var pdf = certificates.forParticipant(token).orElseThrow();
        var text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("ATTESTATION DE PRÉSENCE", "Maialen Etxeberria", "Centre social Polo Beyris",
                "Journée attestation", "Claire Duhalde", "Directrice de PQN-A", "Fait à Bayonne", "de 9h00 à 16h30");
        keepPng(pdf, "certificate");
    }

    @Test
    void nobody_absent_cancelled_or_waiting_gets_a_certificate() {
        var absent = registrations.register(eventId, OpenDay.person("Absente", "absente@example.test", null, null));
        registerAndCheckIn("Peio", "Arrieta", "peio@example.test");
        registerAndCheckIn("Ane", "Bidegain", "ane@example.test");
        var waiting = registrations.register(eventId, OpenDay.person("Attente", "attente@example.test", null, null));

        assertThat(certificates.forParticipant(absent.token())).isEmpty();
        assertThat(certificates.forParticipant(waiting.token())).isEmpty();
        assertThat(certificates.presentCount(eventId)).isEqualTo(2);
    }

    @Test
    void the_day_s_certificates_are_one_page_each_in_alphabetical_order() throws Exception {
        registerAndCheckIn("Peio", "Arrieta", "peio2@example.test");
        registerAndCheckIn("Ane", "Zubiri", "ane2@example.test");
        var pdf = certificates.forDay(eventId, java.util.Locale.FRENCH).orElseThrow();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            var stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).contains("Peio Arrieta").doesNotContain("Ane Zubiri");
        }
    }

    @Test
    void the_signature_image_is_printed_and_anything_else_than_an_image_is_refused() throws Exception {
        var token = registerAndCheckIn("Maddi", "Larralde", "maddi@example.test");
        assertThatThrownBy(() -> certificates.setSignature(eventId, "pas une image".getBytes()))
                .isInstanceOf(CertificateRejected.class);
        var image = new java.awt.image.BufferedImage(120, 50, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        certificates.setSignature(eventId, png.toByteArray());

        try (var document = Loader.loadPDF(certificates.forParticipant(token).orElseThrow())) {
            var resources = document.getPage(0).getResources();
            var images = new ArrayList<PDImageXObject>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject x) {
                    images.add(x);
                }
            }
            assertThat(images).hasSize(1);
        }
    }

    @Test
    void the_personal_link_serves_the_certificate_only_once_checked_in() throws Exception {
        var absent = registrations.register(eventId, OpenDay.person("Absent", "absent.http@example.test", null, null));
        var present = registerAndCheckIn("Present", "Http", "present.http@example.test");
        var client = HttpClient.newHttpClient();

        var refused = client.send(HttpRequest.newBuilder(URI.create(url("/r/" + absent.token() + "/attestation.pdf")))
                .build(), HttpResponse.BodyHandlers.discarding());
        var served = client.send(HttpRequest.newBuilder(URI.create(url("/r/" + present + "/attestation.pdf"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(text(served.body())).contains("Present Http");
        var page = client.send(HttpRequest.newBuilder(URI.create(url("/r/" + present))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("id=\"personal-certificate\"", "/r/" + present + "/attestation.pdf");
        var absentPage = client.send(HttpRequest.newBuilder(URI.create(url("/r/" + absent.token()))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(absentPage).doesNotContain("personal-certificate");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** For looking at: target/screenshots/certificate.png. */
    private static void keepPng(byte[] pdf, String name) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 60), "png", dir.resolve(name + ".png").toFile());
        }
    }
}
