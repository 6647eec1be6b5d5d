package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.support.JourneesSpringTest;

@JourneesSpringTest
class LoginAndOpenTheBayonneDayTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_demo_organiser_logs_in_and_opens_the_bayonne_day() throws Exception {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/");

        wait.until(ExpectedConditions.urlContains("/login"));
        var email = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        email.sendKeys("orga@journees.test");
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("journees-demo", Keys.ENTER);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("events-grid")));
        // Other tests add events to the shared database: find the day through the events list's search.
        browser.get("http://localhost:" + port + "/evenements");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("filter-all"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#events-search input")))
                .sendKeys("Mounédé");
        wait.until(driver -> Long.valueOf(1).equals(
                browser.executeScript("return document.getElementById('events-list').size")));
        var day = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content[contains(., 'Visite du quartier Hauts de Sainte-Croix-Mounédé')]")));
        day.click();

        var title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-title")));
        assertThat(title.getText()).isEqualTo("Visite du quartier Hauts de Sainte-Croix-Mounédé à Bayonne");
        browser.findElement(By.id("tab-programme")).click();
        var programme = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programme")));
        assertThat(programme.getText()).contains("Accueil café", "Déjeuner");
        keepScreenshot();
        browser.findElement(By.id("tab-parcours")).click();
        var itineraries = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("itineraries")));
        assertThat(itineraries.getText()).contains("Parcours vert", "Parcours rose");
    }

    private void keepScreenshot() throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        var target = Path.of("target", "screenshots", "bayonne-day.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
