package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventListFilter;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.itinerary.ItineraryService;
import fr.journees.itinerary.StopView;
import fr.journees.support.JourneesSpringTest;
import fr.journees.workshop.WorkshopService;

/**
 * A new organiser builds a day from nothing in a real browser, in French: the venue is created from the
 * event's form, a second place from the stop's picker; every dialog on the way speaks French only.
 */
@JourneesSpringTest
class OrganiserBuildsANewDayFromScratchTest {

    /** Words Vaadin shows in English when a component was not given French texts. */
    static final Pattern ENGLISH = Pattern.compile("\\b(Cancel|Save|Today|Upload|Drop files?|items? selected|"
            + "Confirm|Delete|Required|Close|Sunday|Monday|January|February|March|April|Select)\\b");

    /** The text of an element and of every shadow root inside it, as a person would read it. */
    static final String DEEP_TEXT = "const walk = n => { let t = ''; if (n.shadowRoot) t += walk(n.shadowRoot);"
            + " for (const c of n.childNodes) { if (c.nodeName !== 'STYLE') t += c.nodeType === 3 ? c.textContent + ' ' : walk(c); }"
            + " return t; };"
            + " return [...document.querySelectorAll(arguments[0])].map(walk).join(' ').replace(/\\s+/g, ' ');";

    static final String DIALOGS = "vaadin-dialog, vaadin-dialog-overlay";
    static final String CONFIRMATIONS = "vaadin-confirm-dialog, vaadin-confirm-dialog-overlay";

    @LocalServerPort
    int port;
    @Autowired EventService events;
    @Autowired ItineraryService itineraries;
    @Autowired WorkshopService workshops;

    ChromeDriver browser;
    WebDriverWait wait;
    final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void logIn() throws Exception {
        browser = Chromium.start(1366, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys("orga@journees.test");
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("journees-demo", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-view")));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void builds_and_publishes_a_day_creating_its_venue_from_the_event_form_in_french_only() {
        var title = "Journée de zéro " + suffix;
        var venue = "Maison des associations " + suffix;
        var second = "Jardin partagé " + suffix;

        browser.get("http://localhost:" + port + "/evenements");
        click("new-event");
        type("new-event-title", title);
        input("new-event-date").click();
        var calendar = deepText("#new-event-date, vaadin-date-picker-overlay");
        assertThat(calendar).contains("Aujourd’hui", "Annuler", "Lun Mar Mer Jeu Ven Sam Dim");
        assertFrench(calendar);
        input("new-event-date").sendKeys(LocalDate.now().plusMonths(2)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.TAB);
        assertFrench(deepText(DIALOGS));
        click("dialog-save");
        wait.until(ExpectedConditions.textToBe(By.id("event-title"), title));

        // The venue is not in the directory: typed, then Enter, it is created from here.
        input("event-venue").sendKeys(venue, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-place-dialog")));
        assertThat(input("place-name").getDomProperty("value")).isEqualTo(venue);
        assertFrench(deepText(DIALOGS));
        click("save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("new-place-dialog")));
        wait.until(d -> venue.equals(input("event-venue").getDomProperty("value")));

        // A subtitle typed, then another tab: the organiser is asked before anything is lost.
        type("event-subtitle", "Le numérique au quartier");
        click("tab-programme");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unsaved-changes")));
        var question = deepText(CONFIRMATIONS);
        assertThat(question).contains("Rester sur la page");
        assertFrench(question);
        button("Rester sur la page");
        wait.until(d -> "Le numérique au quartier".equals(input("event-subtitle").getDomProperty("value")));
        click("save-event");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "enregistrée"));

        click("tab-parcours");
        click("new-itinerary");
        type("itinerary-name", "Parcours vert");
        assertFrench(deepText(DIALOGS));
        click("dialog-save");
        waitForDialogToClose();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[id^='add-stop-']"))).click();
        pick("stop-place", venue);
        click("dialog-save");
        waitForDialogToClose();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[id^='add-stop-']"))).click();
        input("stop-place").sendKeys(second, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-place-dialog")));
        assertFrench(deepText(DIALOGS));
        click("save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("new-place-dialog")));
        wait.until(d -> second.equals(input("stop-place").getDomProperty("value")));
        click("dialog-save");
        waitForDialogToClose();

        click("tab-ateliers");
        click("workshop-new");
        type("workshop-title", "Aller vers et numérique");
        assertFrench(deepText(DIALOGS));
        click("workshop-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workshops-list"),
                "Aller vers et numérique"));

        click("tab-general");
        click("status-published");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-confirm")));
        assertFrench(deepText(CONFIRMATIONS));
        button("Confirmer");
        var link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-page-link")));
        assertThat(link.getText()).contains("Voir la page publique");
        assertThat(link.getDomAttribute("target")).isEqualTo("_blank");

        var created = events.page(EventListFilter.ALL, title, 0, 5);
        assertThat(created).hasSize(1);
        var day = events.details(created.get(0).id()).orElseThrow();
        assertThat(day.venueName()).isEqualTo(venue);
        assertThat(day.subtitle()).isEqualTo("Le numérique au quartier");
        assertThat(day.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(link.getDomAttribute("href")).endsWith("/e/" + day.slug());
        assertThat(itineraries.forEvent(day.id())).singleElement().satisfies(i ->
                assertThat(i.stops()).extracting(StopView::placeName).containsExactly(venue, second));
        assertThat(workshops.forEvent(day.id())).extracting(w -> w.title()).containsExactly("Aller vers et numérique");
    }

    private void assertFrench(String text) {
        var english = ENGLISH.matcher(text);
        assertThat(english.find()).as("English text in a dialog: %s", english.find(0) ? english.group() : "")
                .isFalse();
    }

    private String deepText(String selector) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
        return String.valueOf(browser.executeScript(DEEP_TEXT, selector));
    }

    private void click(String id) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void button(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"))).click();
    }

    private void type(String id, String text) {
        var field = input(id);
        field.sendKeys(text, Keys.TAB);
    }

    private WebElement input(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
    }

    private void pick(String comboId, String text) {
        input(comboId).sendKeys(text);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-combo-box-item[contains(., '" + text + "')]"))).click();
    }

    private void waitForDialogToClose() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-save")));
    }
}
