package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/** From the personal link on a phone: read the privacy notice, see all my data, erase everything. */
@JourneesSpringTest
class ParticipantDownloadsAndErasesTheirDataTest {

    @LocalServerPort int port;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;

    ChromeDriver phone;

    @AfterEach
    void closeBrowser() {
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void downloads_their_data_then_erases_it_and_the_link_says_the_registration_no_longer_exists() throws Exception {
        var slug = "donnees-" + UUID.randomUUID().toString().substring(0, 8);
        long event = events.create(new EventDraft(slug, "Journée des données", null, null, LocalDate.now().plusDays(20),
                LocalTime.of(9, 0), LocalTime.of(16, 30), null, EventStatus.PUBLISHED, LocalDateTime.now().minusDays(1),
                LocalDateTime.now().plusDays(10), 40, true, 5), List.of(), List.of());
        var email = "nahia+" + slug + "@example.org";
        var token = registrations.register(event, new RegistrationRequest("Nahia", "Olçomendy", email, "0601020304",
                "Centre social", null, "Bayonne", null, null, false, "Végétarienne", null, true, true, "fr", null, null)).token();
        phone = Chromium.start(390, 844);
        var wait = new WebDriverWait(phone, Duration.ofSeconds(30));

        phone.get(url("/e/" + slug + "/inscription"));
        var noticeHref = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("privacy-notice-link")))
                .getDomAttribute("href");
        assertThat(noticeHref).isEqualTo("/e/" + slug + "/confidentialite?lang=fr");

        phone.get(url("/r/" + token));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-data")));
        screenshot("personal-page-390");
        var pageHref = phone.findElement(By.id("personal-data-html")).getDomAttribute("href");
        assertThat(phone.findElement(By.id("personal-data-json")).getDomAttribute("href"))
                .isEqualTo("/r/" + token + "/donnees.json");

        phone.get(url(pageHref));
        assertThat(phone.findElement(By.id("held")).getText()).contains("Nahia", "Olçomendy", email, "0601020304",
                "Végétarienne", "Centre social");
        phone.get(url(noticeHref));
        assertThat(phone.findElement(By.id("notice-title")).getText()).isEqualTo("Vos données personnelles");
        screenshot("notice-390");

        phone.get(url("/r/" + token));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("personal-erase"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-erased")));
        assertThat(registrations.byToken(token)).isEmpty();

        phone.get(url("/r/" + token));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
    }

    private void screenshot(String name) throws Exception {
        var dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), phone.getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
