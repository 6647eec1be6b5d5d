package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.chantier.ChantierService;
import fr.journees.event.EventService;
import fr.journees.support.JourneesSpringTest;

/** Two browsers: the organiser projects the board, a facilitator saves a key chantier, the board shows it without reload. */
@JourneesSpringTest
class FacilitatorSaveShowsOnTheBoardTest {

    static final String FACILITATOR = "anim@journees.test";

    @LocalServerPort
    int port;
    @Autowired ChantierService chantiers;
    @Autowired EventService events;

    ChromeDriver board;
    ChromeDriver tablet;
    Long sheetId;

    @AfterEach
    void cleanUp() {
        if (board != null) {
            board.quit();
        }
        if (tablet != null) {
            tablet.quit();
        }
        if (sheetId != null) {
            var sheet = chantiers.load(FACILITATOR, sheetId);
            chantiers.delete(FACILITATOR, sheetId, sheet.version());
        }
    }

    @Test
    void a_key_chantier_saved_on_the_tablet_appears_on_the_projected_board_without_reload() throws Exception {
        long eventId = events.idBySlug("visite-bayonne-2024").orElseThrow();
        var workshop = chantiers.workshops(FACILITATOR).stream().filter(w -> w.eventId() == eventId)
                .findFirst().orElseThrow();
        var group = "Groupe e2e " + UUID.randomUUID().toString().substring(0, 6);
        sheetId = chantiers.create(FACILITATOR, workshop.id(), group);

        board = Chromium.start();
        var boardWait = new WebDriverWait(board, Duration.ofSeconds(30));
        logIn(board, boardWait, "orga@journees.test");
        board.get(url("/restitution/" + eventId));
        boardWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("restitution-board")));
        var loadedMarker = board.executeScript("return window.performance.timeOrigin;");

        tablet = Chromium.start();
        var tabletWait = new WebDriverWait(tablet, Duration.ofSeconds(30));
        logIn(tablet, tabletWait, FACILITATOR);
        tablet.get(url("/mes-ateliers/fiche/" + sheetId));
        tabletWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sheet-key-title input")))
                .sendKeys("Un café numérique par quartier");
        tablet.findElement(By.cssSelector("#sheet-objectives textarea")).sendKeys("Dix familles accompagnées");
        click(tablet, By.cssSelector("#sheet-key-chantier input"));
        click(tablet, By.id("sheet-save"));

        var card = boardWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-card-" + sheetId)));
        boardWait.until(ExpectedConditions.textToBePresentInElement(card, "Un café numérique par quartier"));
        assertThat(card.getText()).contains(group, "Dix familles accompagnées", "Blanc");
        assertThat(board.executeScript("return window.performance.timeOrigin;")).as("no reload")
                .isEqualTo(loadedMarker);
    }

    private static void click(ChromeDriver browser, By by) {
        var element = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void logIn(ChromeDriver browser, WebDriverWait wait, String email) {
        browser.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("journees-demo", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-view")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
