package fr.journees.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium with the flags these machines need; never downloads a driver. */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static ChromeDriver start() throws IOException {
        return start(1400, 1000);
    }

    /** A browser with a window of that size, e.g. 390 × 844 for a phone. */
    static ChromeDriver start(int width, int height) throws IOException {
        return start(width, height, new String[0]);
    }

    /** extra: more Chromium flags, e.g. a fake camera fed from a .y4m file. */
    static ChromeDriver start(int width, int height, String... extra) throws IOException {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install them)");
        }
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + width + "," + height, "--lang=fr-FR",
                "--user-data-dir=" + Files.createTempDirectory("journees-chromium"));
        options.addArguments(extra);
        // Headless Chromium says "en-US" whatever --lang says; the public pages follow Accept-Language.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        var browser = new ChromeDriver(service, options);
        // Headless Chromium opens at least 500 px wide whatever --window-size says; resized, its page gets the
        // width asked for (390 px is a phone, not a small tablet).
        browser.manage().window().setSize(new Dimension(width, height));
        return browser;
    }

    /** Logs the demo organiser in and waits for the events list. */
    static void logInAsOrganiser(ChromeDriver browser, WebDriverWait wait, int port) {
        browser.get("http://localhost:" + port + "/");
        var email = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        email.sendKeys("orga@journees.test");
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("journees-demo", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("events-grid")));
    }
}
