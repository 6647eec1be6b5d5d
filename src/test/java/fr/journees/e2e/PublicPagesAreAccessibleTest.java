package fr.journees.e2e;

import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.support.JourneesSpringTest;

/**
 * Every public page, at 390 px and 1366 px, in real headless Chromium, checked by axe-core for WCAG 2.1 A
 * and AA: no serious or critical violation. The pages are a copy of the Bayonne day open for registration
 * (programme, parcours, ateliers, organisers), the past day itself, the form with refusals, the personal
 * page and its actions. Screenshots land in target/screenshots. Then a registration by keyboard alone.
 */
@JourneesSpringTest
class PublicPagesAreAccessibleTest {

    static final String AXE = read("/axe/axe.min.js");

    @LocalServerPort int port;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired OpenDay days;
    @Autowired DSLContext dsl;

    ChromeDriver browser;
    long copy;
    String slug;

    @BeforeEach
    void theBayonneDayOpenAgain() {
        slug = "bayonne-a11y-" + System.nanoTime() % 100000;
        copy = events.duplicate(events.idBySlug("visite-bayonne-2024").orElseThrow(), slug,
                "Visite du quartier Hauts de Sainte-Croix-Mounédé", LocalDate.now().plusDays(40));
        dsl.update(EVENT).set(EVENT.STATUS, "PUBLISHED").set(EVENT.REGISTRATION_OPENS_AT, LocalDateTime.now().minusDays(1))
                .set(EVENT.REGISTRATION_CLOSES_AT, LocalDateTime.now().plusDays(20)).where(EVENT.ID.eq(copy)).execute();
    }

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.quit();
        }
        days.remove(copy);
    }

    @Test
    void no_public_page_has_a_serious_or_critical_accessibility_violation_on_a_phone_or_a_laptop() throws Exception {
        var token = registrations.register(copy, OpenDay.person("Amaia", "amaia.a11y@example.test", null, null)).token();
        var pages = new java.util.LinkedHashMap<String, String>();
        pages.put("event", "/e/" + slug);
        pages.put("event-past", "/e/visite-bayonne-2024");
        pages.put("form", "/e/" + slug + "/inscription");
        pages.put("personal", "/r/" + token + "?inscrit");
        pages.put("change", "/r/" + token + "/modifier");
        pages.put("cancel", "/r/" + token + "/annuler");
        pages.put("notice", "/e/" + slug + "/confidentialite");
        pages.put("not-found", "/e/aucune-journee");
        var violations = new ArrayList<String>();
        for (int width : List.of(390, 1366)) {
            browser = Chromium.start(width, 900);
            for (var page : pages.entrySet()) {
                browser.get(url(page.getValue()));
                violations.addAll(audit(page.getKey() + "@" + width));
                screenshot("public-" + page.getKey() + "-" + width, width);
            }
            browser.get(url("/e/" + slug + "/inscription"));
            browser.findElement(By.id("registration-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("registration-errors")));
            violations.addAll(audit("form-refused@" + width));
            screenshot("public-form-refused-" + width, width);
            browser.get(url("/e/" + slug + "?lang=en"));
            violations.addAll(audit("event-en@" + width));
            screenshot("public-event-en-" + width, width);
            browser.quit();
            browser = null;
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void a_participant_registers_with_the_keyboard_alone() throws Exception {
        browser = Chromium.start(390, 844);
        browser.get(url("/e/" + slug));
        tabTo("register-link", 40).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/inscription"));
        tabTo("registration-firstName", 40).sendKeys("Ane");
        tabTo("registration-lastName", 2).sendKeys("Goikoetxea");
        tabTo("registration-email", 2).sendKeys("ane.clavier@example.test");
        tabTo("registration-consentData", 80).sendKeys(Keys.SPACE);
        tabTo("registration-submit", 10).sendKeys(Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-welcome")));
        var registered = registrations.all(copy).stream().filter(r -> r.email().equals("ane.clavier@example.test"))
                .findFirst().orElseThrow();
        assertThat(registered.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    /** Presses Tab until the element of that id has the focus (at most {@code most} times), and returns it. */
    private org.openqa.selenium.WebElement tabTo(String id, int most) {
        for (int i = 0; i <= most; i++) {
            var focused = browser.switchTo().activeElement();
            if (id.equals(focused.getDomAttribute("id"))) {
                return focused;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    @SuppressWarnings("unchecked")
    private List<String> audit(String page) {
        browser.executeScript(AXE);
        var result = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}))}))
                   .catch(e => done({error: String(e)}));
                """);
        assertThat(result.get("error")).as(page).isNull();
        var found = new ArrayList<String>();
        for (var violation : (List<Map<String, Object>>) result.get("violations")) {
            var impact = String.valueOf(violation.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                found.add(page + ": " + violation.get("id") + " (" + impact + ") " + violation.get("nodes"));
            }
        }
        return found;
    }

    private void screenshot(String name, int width) throws IOException {
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 20, 6000)));
        var dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(width, 900));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String read(String resource) {
        try (var in = PublicPagesAreAccessibleTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
