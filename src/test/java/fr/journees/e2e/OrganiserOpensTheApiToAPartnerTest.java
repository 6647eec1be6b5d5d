package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.apiaccess.ApiKeyService;
import fr.journees.apiaccess.ApiOriginService;
import fr.journees.support.JourneesSpringTest;

/**
 * An organiser creates a key in "Accès API", hands it to a partner's program, which reads the
 * registrations of the Bayonne day; allows the partner's website as an origin; then revokes the key,
 * and the program is turned away.
 */
@JourneesSpringTest
class OrganiserOpensTheApiToAPartnerTest {

    static final String ORIGIN = "https://www.partenaire-e2e.example";

    @LocalServerPort int port;
    @Autowired ApiKeyService keys;
    @Autowired ApiOriginService origins;

    ChromeDriver browser;
    WebDriverWait wait;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        origins.remove(ORIGIN);
    }

    @Test
    void a_key_created_in_the_back_office_reads_the_registrations_until_it_is_revoked() throws Exception {
        logIn();
        browser.get("http://localhost:" + port + "/acces-api");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("api-key-new"))).click();
        var name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#api-key-name input")));
        name.sendKeys("Site WordPress du centre social");
        browser.findElement(By.id("api-key-create")).click();
        var secretField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key-secret")));
        var secret = (String) browser.executeScript("return arguments[0].value", secretField);
        assertThat(secret).startsWith("jrn_").hasSize(44);
        assertThat(browser.findElement(By.id("api-key-secret-warning")).getText()).isNotBlank();
        browser.findElement(By.id("api-key-done")).click();

        assertThat(registrations(secret).statusCode()).isEqualTo(200);
        assertThat(registrations(secret).body()).contains("\"items\"");

        addOrigin();
        keepScreenshot();
        assertThat(preflight().headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);

        var key = keys.all().stream().filter(k -> secret.startsWith(k.prefix()) && k.active()).findFirst()
                .orElseThrow();
        // Other tests add keys to the shared database: bring this one's button to the middle of the screen.
        var revoke = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("api-key-revoke-" + key.id())));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", revoke);
        wait.until(ExpectedConditions.elementToBeClickable(revoke)).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#api-key-revoke-confirm [slot='confirm-button']"))).click();
        wait.until(driver -> registrations(secret).statusCode() == 401);
        assertThat(registrations(secret).body()).contains("key_invalid");
    }

    private void addOrigin() {
        var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#api-origin-field input")));
        field.sendKeys(ORIGIN + "/", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("api-origins-grid"), ORIGIN));
    }

    private void keepScreenshot() throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        var target = Path.of("target", "screenshots", "acces-api.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private void logIn() {
        Chromium.logInAsOrganiser(browser, wait, port);
    }

    private HttpResponse<String> registrations(String secret) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/events/visite-bayonne-2024/registrations")).header("Authorization", "Bearer " + secret)
                .header("X-Forwarded-For", "203.0.113.77").GET());
    }

    private HttpResponse<String> preflight() {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events"))
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "GET")
                .header("X-Forwarded-For", "203.0.113.77")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
