package fr.journees.e2e;

import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.directory.DirectoryService;
import fr.journees.directory.OrganisationDraft;
import fr.journees.directory.OrganisationKind;
import fr.journees.directory.OrganisationLogos;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventSharing;
import fr.journees.event.EventStatus;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.support.JourneesSpringTest;
import fr.journees.support.TestLogos;

/**
 * Every public page, at 390 px and 1366 px, in real headless Chromium, checked by axe-core for WCAG 2.1 A
 * and AA: no serious or critical violation. The pages are a copy of the Bayonne day open for registration
 * (programme, parcours, ateliers, organisers), the past day itself, the form with refusals, the personal
 * page and its actions; then the pages around a registration (erasure, survey, data, lost link, the
 * embedded page and form, a past day with logos and published outputs), the day's logo in the header.
 * Screenshots land in target/screenshots. Then a registration by keyboard alone.
 */
@JourneesSpringTest
class PublicPagesAreAccessibleTest {

    @LocalServerPort int port;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired OpenDay days;
    @Autowired DSLContext dsl;

    @Autowired EventSharing sharing;
    @Autowired DirectoryService directory;
    @Autowired OrganisationLogos logos;

    ChromeDriver browser;
    final List<Long> organisations = new ArrayList<>();
    Long pastDay;
    long copy;
    String slug;

    @BeforeEach
    void theBayonneDayOpenAgain() {
        slug = "bayonne-a11y-" + System.nanoTime() % 100000;
        copy = events.duplicate(events.idBySlug("visite-bayonne-2024").orElseThrow(), slug,
                "Visite du quartier Hauts de Sainte-Croix-Mounédé", LocalDate.now().plusDays(40));
        dsl.update(EVENT).set(EVENT.STATUS, "PUBLISHED").set(EVENT.REGISTRATION_OPENS_AT, LocalDateTime.now().minusDays(1))
                .set(EVENT.REGISTRATION_CLOSES_AT, LocalDateTime.now().plusDays(20)).where(EVENT.ID.eq(copy)).execute();
        events.setLogo(copy, TestLogos.png("Hubikoop", 0x1f5f8b, 600, 180));
    }

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.quit();
        }
        days.remove(copy);
        if (pastDay != null) {
            days.remove(pastDay);
        }
        for (long id : organisations) {
            directory.deleteOrganisation(id, directory.organisation(id).orElseThrow().version());
        }
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
            violations.addAll(auditEach(pages, width));
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
    void the_pages_around_a_registration_have_no_serious_or_critical_violation_either() throws Exception {
        var token = registrations.register(copy, OpenDay.person("Maialen", "maialen.a11y@example.test", null, null))
                .token();
        var past = pastDayWithLogosAndOutputs();
        var pages = new java.util.LinkedHashMap<String, String>();
        pages.put("erase", "/r/" + token + "/effacer");
        pages.put("survey", "/r/" + token + "/enquete");
        pages.put("data", "/r/" + token + "/donnees.html");
        pages.put("personal-not-found", "/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        pages.put("event-embedded", "/e/" + slug + "?integre=1");
        pages.put("form-embedded", "/e/" + slug + "/inscription?integre=1");
        pages.put("event-outputs", "/e/" + past);
        var violations = new ArrayList<String>();
        for (int width : List.of(390, 1366)) {
            browser = Chromium.start(width, 900);
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            violations.addAll(auditEach(pages, width));
            browser.get(url("/r/" + token + "/enquete"));
            browser.findElement(By.id("survey-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registration-errors")));
            violations.addAll(audit("survey-refused@" + width));
            screenshot("public-survey-refused-" + width, width);
            browser.get(url("/e/" + slug + "#event-page-lost-link"));
            violations.addAll(audit("lost-link@" + width));
            browser.findElement(By.id("lost-link-email")).sendKeys("perdu.a11y@example.test");
            browser.findElement(By.id("lost-link-send")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lost-link-answer")));
            violations.addAll(audit("lost-link-answer@" + width));
            screenshot("public-lost-link-answer-" + width, width);
            browser.quit();
            browser = null;
        }
        assertThat(violations).isEmpty();
    }

    /** A day that took place, its banque de projets published, its organiser's logo set (as PublishedOutputsTest). */
    private String pastDayWithLogosAndOutputs() {
        var suffix = String.valueOf(System.nanoTime() % 100000);
        var organiser = directory.createOrganisation(new OrganisationDraft("Pays et Quartiers " + suffix,
                OrganisationKind.ASSOCIATION, null, null, null, null, null, null, null));
        organisations.add(organiser);
        logos.set(organiser, TestLogos.png("PQN-A", 0xc0392b, 360, 120));
        var slug = "passee-a11y-" + suffix;
        pastDay = events.create(new EventDraft(slug, "Rencontre passée " + suffix, null, "Inclusion numérique",
                LocalDate.now().minusDays(10), LocalTime.of(9, 0), LocalTime.of(16, 30), null, EventStatus.PUBLISHED,
                null, null, 40, true, 5), List.of(organiser), List.of());
        sharing.setBanquePublic(pastDay, true);
        return slug;
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

    /** Opens each page (name → path), audits it and takes its screenshot. */
    private List<String> auditEach(java.util.Map<String, String> pages, int width) throws IOException {
        var violations = new ArrayList<String>();
        for (var page : pages.entrySet()) {
            browser.get(url(page.getValue()));
            violations.addAll(audit(page.getKey() + "@" + width));
            screenshot("public-" + page.getKey() + "-" + width, width);
        }
        return violations;
    }

    private List<String> audit(String page) {
        return Axe.audit(browser, page);
    }

    private void screenshot(String name, int width) throws IOException {
        Axe.screenshot(browser, name, width);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
