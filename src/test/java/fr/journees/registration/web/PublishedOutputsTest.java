package fr.journees.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.LogoRejected;
import fr.journees.directory.OrganisationDraft;
import fr.journees.directory.OrganisationKind;
import fr.journees.directory.OrganisationLogos;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventSharing;
import fr.journees.event.EventStatus;
import fr.journees.registration.OpenDay;
import fr.journees.support.JourneesSpringTest;

/** A past day's page: it says the day took place, shows its organisations' logos, and links to what was published. */
@JourneesSpringTest
class PublishedOutputsTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired EventSharing sharing;
    @Autowired DirectoryService directory;
    @Autowired OrganisationLogos logos;

    PublicHttp http;
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long organiser;
    long partner;
    long stranger;
    long eventId;
    String slug;

    @BeforeEach
    void aPastDayWithAnOrganiserAndAPartner() {
        http = new PublicHttp(port);
        organiser = organisation("PQN-A " + suffix);
        partner = organisation("Médiathèque " + suffix);
        stranger = organisation("Ailleurs " + suffix);
        slug = "passee-" + suffix;
        eventId = events.create(new EventDraft(slug, "Journée passée " + suffix, null, null,
                LocalDate.now().minusDays(10), LocalTime.of(9, 0), LocalTime.of(16, 30), null, EventStatus.PUBLISHED,
                null, null, 40, true, 5), List.of(organiser), List.of(partner));
    }

    @AfterEach
    void removeThem() {
        days.remove(eventId);
        for (long id : List.of(organiser, partner, stranger)) {
            directory.deleteOrganisation(id, directory.organisation(id).orElseThrow().version());
        }
    }

    @Test
    void a_past_day_links_to_its_banque_de_projets_only_once_published() throws Exception {
        var before = http.get("/e/" + slug);
        assertThat(before.body()).contains("Cette journée a eu lieu").doesNotContain("id=\"event-page-outputs\"");
        assertThat(http.get("/e/" + slug + "/banque-de-projets.pdf").statusCode()).isEqualTo(404);

        sharing.setBanquePublic(eventId, true);

        var page = http.get("/e/" + slug).body();
        assertThat(page).contains("id=\"event-page-outputs\"", "href=\"/e/" + slug + "/banque-de-projets.pdf\"",
                "href=\"/e/" + slug + "/banque-de-projets.xlsx\"", "La banque de projets (PDF)");
        var pdf = bytes("/e/" + slug + "/banque-de-projets.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        var xlsx = bytes("/e/" + slug + "/banque-de-projets.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2)).isEqualTo("PK");

        sharing.setBanquePublic(eventId, false);
        assertThat(http.get("/e/" + slug).body()).doesNotContain("id=\"event-page-outputs\"");
        assertThat(bytes("/e/" + slug + "/banque-de-projets.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    void the_organisations_logos_show_with_their_names_and_only_the_days_own_are_served() throws Exception {
        var png = png();
        logos.set(organiser, png);
        logos.set(stranger, png);

        var page = http.get("/e/" + slug).body();
        var logoPath = "/e/" + slug + "/organisations/" + organiser + "/logo";
        assertThat(page).contains("src=\"" + logoPath + "\"", "PQN-A " + suffix, "Médiathèque " + suffix,
                "Organisé par", "En partenariat avec");
        assertThat(page).doesNotContain("/organisations/" + partner + "/logo");
        var served = bytes(logoPath);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.body()).isEqualTo(png);
        assertThat(bytes("/e/" + slug + "/organisations/" + stranger + "/logo").statusCode()).isEqualTo(404);
        assertThat(bytes("/e/" + slug + "/organisations/" + partner + "/logo").statusCode()).isEqualTo(404);
    }

    @Test
    void a_day_without_a_logo_of_its_own_is_shared_with_its_organisers_logo() throws Exception {
        logos.set(partner, png());
        assertThat(http.get("/e/" + slug).body()).contains("/images/journees-partage.png");

        logos.set(organiser, png());
        assertThat(http.get("/e/" + slug).body()).contains("<meta property=\"og:image\" content=\"http://localhost:"
                + port + "/e/" + slug + "/organisations/" + organiser + "/logo\">");
    }

    @Test
    void a_logo_that_is_not_a_png_or_a_jpeg_is_refused_and_the_old_one_kept() throws Exception {
        var png = png();
        logos.set(organiser, png);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> logos.set(organiser,
                        "<svg onload=alert(1)>".getBytes()))
                .isInstanceOf(LogoRejected.class).extracting(e -> ((LogoRejected) e).reason())
                .isEqualTo(LogoRejected.Reason.NOT_AN_IMAGE);
        assertThat(logos.logo(organiser)).hasValueSatisfying(kept -> assertThat(kept).isEqualTo(png));
    }

    private long organisation(String name) {
        return directory.createOrganisation(new OrganisationDraft(name, OrganisationKind.ASSOCIATION, null, null, null,
                null, null, null, null));
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "fr").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] png() throws IOException {
        var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x1f5f8b);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
