package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.security.AccountService;
import fr.journees.security.LoginThrottle;
import fr.journees.security.NewAccount;
import fr.journees.security.Roles;
import fr.journees.support.JourneesSpringTest;

/** In Chromium, under the Content-Security-Policy: wrong passwords, then the lock's message in French. */
@JourneesSpringTest
class GuessingPasswordsInABrowserTest {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired LoginThrottle throttle;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void after_five_wrong_passwords_the_login_page_asks_to_wait_on_a_desktop_and_a_phone() throws Exception {
        var email = "devinette-" + System.nanoTime() + "@journees.test";
        accounts.create(new NewAccount(email, "Compte deviné", Set.of(Roles.FACILITATOR), false), "un-secret-2026-x");
        for (var size : new int[][] {{1366, 900}, {390, 844}}) {
            browser = Chromium.start(size[0], size[1]);
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            for (int i = 0; i < 6; i++) {
                browser.get("http://localhost:" + port + "/login");
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(email);
                browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                        .sendKeys("pas-le-bon-" + i, Keys.ENTER);
                wait.until(ExpectedConditions.urlContains("error"));
            }
            wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
                    "var form = document.querySelector('vaadin-login-form'); return form != null && form.error === true")));
            assertThat((String) browser.executeScript(
                    "return document.querySelector('vaadin-login-form').i18n.errorMessage.message"))
                    .startsWith("Trop de tentatives de connexion");
            var shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target", "login-throttled-" + size[0] + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
            browser = null;
            throttle.unlock("test", email);
        }
    }
}
