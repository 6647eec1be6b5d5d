package fr.journees.e2e;

import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventService;
import fr.journees.registration.OpenDay;
import fr.journees.support.JourneesSpringTest;

/**
 * An organiser reads the Bayonne day's example funding table, on a laptop and on a phone, then makes
 * the funders' report from the Documents tab; a participant sees the two new questions of the form.
 * Screenshots are kept under target/screenshots.
 */
@JourneesSpringTest
class OrganiserReadsTheFundingAndTheReportTest {

    @LocalServerPort int port;
    @Autowired DSLContext dsl;
    @Autowired OpenDay days;
    @Autowired EventService events;

    ChromeDriver browser;
    Long openDay;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (openDay != null) {
            days.remove(openDay);
        }
    }

    private long bayonne() {
        return dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq("visite-bayonne-2024")).fetchSingle(EVENT.ID);
    }

    @Test
    void the_funding_tab_shows_computed_rates_and_the_report_comes_out_of_the_documents_tab() throws Exception {
        for (int width : new int[] {1366, 390}) {
            browser = Chromium.start(width, width > 1000 ? 900 : 844);
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Chromium.logInAsOrganiser(browser, wait, port);
            browser.get("http://localhost:" + port + "/evenements/" + bayonne() + "/financement");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("funding-grid"), "37,50"));
            assertThat(browser.findElement(By.id("funding-grid")).getText()).contains("12 000,00 €", "100,00 %");
            keep("financement-" + width);
            if (width > 1000) {
                browser.get("http://localhost:" + port + "/evenements/" + bayonne() + "/documents");
                var report = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-pdf")));
                browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", report);
                wait.until(ExpectedConditions.elementToBeClickable(report)).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents-download"),
                        "bilan-visite-bayonne-2024.pdf"));
                keep("documents-bilan-" + width);
            }
            browser.quit();
            browser = null;
        }
    }

    @Test
    void the_public_form_asks_the_kind_of_structure_and_the_departement_on_a_phone() throws Exception {
        openDay = days.create("formulaire", 30);
        var slug = events.details(openDay).orElseThrow().slug();
        browser = Chromium.start(390, 844);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/e/" + slug + "/inscription");
        var departement = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registration-departement")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", departement);
        assertThat(browser.findElements(By.cssSelector("#registration-structureKind option"))).hasSizeGreaterThan(3);
        var choices = new org.openqa.selenium.support.ui.Select(departement);
        assertThat(choices.getOptions()).extracting(o -> o.getText().strip())
                .contains("Pyrénées-Atlantiques (64)", "Hautes-Pyrénées (65)", "Pyrénées-Orientales (66)")
                .hasSize(fr.journees.registration.Departement.ALL.size() + 1);
        choices.selectByVisibleText("Pyrénées-Atlantiques (64)");
        keep("inscription-departement-390");
        assertThat(choices.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("64");
    }

    private void keep(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        var target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
