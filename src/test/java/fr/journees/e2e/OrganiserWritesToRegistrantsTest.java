package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.messaging.MessagingService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/**
 * An organiser writes to the registrants of the green parcours, checks the preview, sends; the participant
 * finds the message on their personal page, on a phone. Screenshots in target/screenshots.
 */
@JourneesSpringTest
class OrganiserWritesToRegistrantsTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired MessagingService messaging;
    @Autowired fr.journees.registration.AttendanceService attendance;

    final List<Long> created = new ArrayList<>();
    ChromeDriver browser;

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.quit();
        }
        created.forEach(days::remove);
    }

    @Test
    void writes_to_the_green_parcours_and_the_participant_reads_it_on_their_phone() throws Exception {
        long eventId = days.create("messages-e2e", 20);
        created.add(eventId);
        long vert = days.itinerary(eventId, "Vert", ItineraryColour.GREEN, 10);
        long rose = days.itinerary(eventId, "Rose", ItineraryColour.PINK, 10);
        var amaia = registrations.register(eventId, OpenDay.person("Amaia", "amaia.e2e.msg@example.test", vert, null));
        var ximun = registrations.register(eventId, OpenDay.person("Ximun", "ximun.e2e.msg@example.test", rose, null));
        attendance.checkIn(eventId, registrations.byToken(ximun.token()).orElseThrow().id(), "e2e", "porte");

        browser = Chromium.start(1366, 1800);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Chromium.logInAsOrganiser(browser, wait, port);
        browser.get("http://localhost:" + port + "/evenements/" + eventId + "/messages");
        var count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-count")));
        assertThat(count.getText()).isEqualTo("2 destinataires");
        browser.findElement(By.id("message-itinerary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space()='Vert']")))
                .click();
        browser.findElement(By.cssSelector("#message-subject input")).sendKeys("Départ du parcours {parcours} à 10h");
        browser.findElement(By.cssSelector("#message-body textarea"))
                .sendKeys("Bonjour {prénom},\n\nRendez-vous à l’accueil à 9h45.\nVotre page : {lien}");
        wait.until(ExpectedConditions.textToBe(By.id("message-preview-subject"), "Départ du parcours Vert à 10h"));
        assertThat(browser.findElement(By.id("message-count")).getText()).isEqualTo("1 destinataire");
        // The body is sent to the server in several round trips while it is typed: wait for the last one.
        wait.until(d -> d.findElement(By.id("message-preview-body")).getText().contains("Votre page"));
        assertThat(browser.findElement(By.id("message-preview-body")).getText()).startsWith("Bonjour Amaia,");
        shoot("messages-tab-1366");
        browser.manage().window().setSize(new Dimension(1024, 1800));
        shoot("messages-tab-1024");

        browser.findElement(By.id("message-send")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']")));
        shoot("messages-confirm-1024");
        browser.findElement(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
        wait.until(driver -> messaging.sentCount(eventId) == 1);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages-sent-grid")));
        shoot("messages-sent-1024");
        browser.executeScript("document.getElementById('scheduled-mails').scrollIntoView()");
        shoot("scheduled-mails-1024");
        browser.get("http://localhost:" + port + "/evenements/" + eventId + "/attestations");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-attendees")));
        browser.executeScript("document.getElementById('certificate-mailing').scrollIntoView()");
        shoot("certificate-mailing-1024");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("http://localhost:" + port + "/r/" + amaia.token());
        var message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-message-0")));
        assertThat(message.getText()).contains("Départ du parcours Vert à 10h");
        message.findElement(By.tagName("summary")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#personal-message-0 .message-body")));
        assertThat(message.findElement(By.className("message-body")).getText()).startsWith("Bonjour Amaia,");
        browser.executeScript("document.getElementById('personal-messages').scrollIntoView()");
        shoot("personal-messages-390");
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.executeScript("document.getElementById('personal-messages').scrollIntoView()");
        shoot("personal-messages-1366");
    }

    private void shoot(String name) throws Exception {
        var dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
