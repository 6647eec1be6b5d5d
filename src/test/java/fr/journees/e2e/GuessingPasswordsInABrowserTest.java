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

/**
 * In Chromium, under the Content-Security-Policy: wrong passwords until the lock, its French message, then
 * an organiser who sees the locked account and lifts the lock; on a desktop and on a phone.
 */
@JourneesSpringTest
class GuessingPasswordsInABrowserTest {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired LoginThrottle throttle;

    ChromeDriver browser;
    WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void after_five_wrong_passwords_the_login_asks_to_wait_and_an_organiser_unlocks_the_account() throws Exception {
        for (var size : new int[][] {{1366, 900}, {390, 844}}) {
            var email = "devinette-" + System.nanoTime() + "@journees.test";
            accounts.create(new NewAccount(email, "Aaa Compte deviné " + size[0], Set.of(Roles.FACILITATOR), false),
                    "un-secret-2026-x");
            browser = Chromium.start(size[0], size[1]);
            wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            for (int i = 0; i < 6; i++) {
                logIn(email, "pas-le-bon-" + i);
                wait.until(ExpectedConditions.urlContains("error"));
            }
            wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
                    "var form = document.querySelector('vaadin-login-form'); return form != null && form.error === true")));
            assertThat((String) browser.executeScript(
                    "return document.querySelector('vaadin-login-form').i18n.errorMessage.message"))
                    .startsWith("Trop de tentatives de connexion");
            keep("login-throttled-" + size[0]);

            logIn("orga@journees.test", "journees-demo");
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
            browser.get("http://localhost:" + port + "/comptes");
            var row = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//vaadin-grid-cell-content[contains(., 'Aaa Compte deviné " + size[0] + "')]")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//vaadin-grid-cell-content[contains(., 'Connexion bloquée')]")));
            keep("accounts-locked-" + size[0]);
            row.click();
            var unlock = wait.until(ExpectedConditions.elementToBeClickable(By.id("account-unlock")));
            keep("account-unlock-" + size[0]);
            unlock.click();
            wait.until(driver -> throttle.lockedUntil(email).isEmpty());
            browser.quit();
            browser = null;
        }
    }

    private void logIn(String email, String password) {
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
    }

    private void keep(String name) throws Exception {
        var target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
