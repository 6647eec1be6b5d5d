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

import fr.journees.certificate.CertificateService;
import fr.journees.registration.AttendanceService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/**
 * An organiser, after the day, names the signatory of the certificates in the Attestations tab and finds
 * them ready to download for the one person checked in; then copies the code that puts the day's page on
 * their website. Screenshots at 1366 and 1024 px in target/screenshots.
 */
@JourneesSpringTest
class OrganiserIssuesCertificatesTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;

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
    void names_the_signatory_and_finds_one_certificate_for_the_one_person_checked_in() throws Exception {
        long eventId = days.create("attestations", 10);
        created.add(eventId);
        var present = registrations.register(eventId, OpenDay.person("Présente", "presente@example.test", null, null));
        registrations.register(eventId, OpenDay.person("Absente", "absente.e2e@example.test", null, null));
        attendance.checkIn(eventId, registrations.byToken(present.token()).orElseThrow().id(), "e2e", "porte");

        browser = Chromium.start(1366, 900);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Chromium.logInAsOrganiser(browser, wait, port);
        browser.get("http://localhost:" + port + "/evenements/" + eventId + "/attestations");
        var count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificates-count")));
        assertThat(count.getText()).isEqualTo("1 personne présente : 1 attestation.");
        browser.findElement(By.cssSelector("#certificate-signatoryName input")).sendKeys("Claire Duhalde");
        browser.findElement(By.cssSelector("#certificate-signatoryRole input")).sendKeys("Directrice");
        browser.findElement(By.cssSelector("#certificate-signedAtPlace input")).sendKeys("Bayonne");
        browser.findElement(By.id("certificate-save")).click();
        wait.until(driver -> "Claire Duhalde".equals(certificates.settings(eventId).signatoryName()));
        assertThat(browser.findElement(By.id("certificates-download")).getDomAttribute("href")).isNotBlank();
        shoot("certificates-tab-1366");
        browser.manage().window().setSize(new Dimension(1024, 900));
        shoot("certificates-tab-1024");

        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get("http://localhost:" + port + "/evenements/" + eventId + "/inscriptions");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("registration-embed"))).click();
        var code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#embed-page textarea")));
        assertThat(code.getDomProperty("value")).startsWith("<iframe src=\"").contains("?integre=1");
        shoot("embed-dialog-1366");
    }

    private void shoot(String name) throws Exception {
        var dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
