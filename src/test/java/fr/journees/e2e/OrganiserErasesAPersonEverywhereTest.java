package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

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

import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.security.AccountService;
import fr.journees.security.NewAccount;
import fr.journees.security.Roles;
import fr.journees.support.JourneesSpringTest;

/** An erasure request by e-mail: the organiser finds the person, gives the reason, erases them everywhere. */
@JourneesSpringTest
class OrganiserErasesAPersonEverywhereTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired AccountService accounts;

    ChromeDriver browser;
    Long day;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (day != null) {
            days.remove(day);
        }
    }

    @Test
    void the_organiser_searches_an_address_gives_a_reason_and_nothing_is_held_any_more() throws Exception {
        day = days.create("effacement-navigateur", 1);
        var email = "amaia." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        var erased = registrations.register(day, OpenDay.person("Amaia", email, null, null));
        var waiting = registrations.register(day, OpenDay.person("Beñat", "b." + email, null, null));
        browser = Chromium.start(1366, 900);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Chromium.logInAsOrganiser(browser, wait, port);

        browser.get("http://localhost:" + port + "/donnees-personnelles");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#person-email input")))
                .sendKeys(email.toUpperCase());
        browser.findElement(By.id("person-search")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person-summary"))).getText())
                .startsWith("1 inscription(s)");
        assertThat(browser.findElement(By.id("person-registrations")).getText()).contains("Amaia Etcheverry");
        screenshots("personal-data-found");

        browser.findElement(By.cssSelector("#person-erase-reason textarea"))
                .sendKeys("Demande d’effacement reçue par courriel");
        browser.findElement(By.id("person-erase")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[slot='confirm-button']"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person-nothing")));
        assertThat(registrations.byToken(erased.token())).isEmpty();
        assertThat(registrations.byToken(waiting.token()).orElseThrow().status().name()).isEqualTo("CONFIRMED");
        wait.until(d -> d.findElement(By.id("privacy-log-all")).getText().contains("Demande d’effacement reçue"));
        screenshots("personal-data-erased");

        browser.get("http://localhost:" + port + "/evenements/" + day + "/donnees-personnelles");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("privacy-panel")));
        screenshots("event-privacy-tab");

        var leaving = "Maddi Partie " + UUID.randomUUID().toString().substring(0, 6);
        long account = accounts.create(new NewAccount("maddi." + UUID.randomUUID() + "@journees.test", leaving,
                Set.of(Roles.FACILITATOR), false), "un-mot-de-passe-long");
        accounts.setEnabled("orga@journees.test", account, accounts.summary(account).orElseThrow().version(), false);
        browser.get("http://localhost:" + port + "/comptes");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content[normalize-space()='" + leaving + "']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("account-anonymise"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[slot='confirm-button']")));
        screenshots("account-anonymise-confirm");
        browser.findElement(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
        wait.until(d -> accounts.summary(account).orElseThrow().anonymised());
    }

    /** The back-office at 1366 and 1024 px wide, whole page. */
    private void screenshots(String name) throws Exception {
        var dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        for (int width : new int[] {1366, 1024}) {
            browser.manage().window().setSize(new Dimension(width, 1300));
            Thread.sleep(400);
            Files.write(dir.resolve(name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }
}
