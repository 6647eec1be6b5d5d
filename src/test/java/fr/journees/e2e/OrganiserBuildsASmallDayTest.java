package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

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
import fr.journees.itinerary.ItineraryService;
import fr.journees.itinerary.StopView;
import fr.journees.support.JourneesSpringTest;
import fr.journees.workshop.WorkshopService;

/** An organiser builds a small day from nothing, in the browser: places, event, itinerary, workshop. */
@JourneesSpringTest
class OrganiserBuildsASmallDayTest {

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
        browser = Chromium.start();
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
    void builds_an_event_with_two_places_an_itinerary_of_two_stops_and_a_workshop() {
        var market = "Marché des Halles " + suffix;
        var library = "Médiathèque Sainte-Croix " + suffix;
        createPlace(market);
        createPlace(library);

        browser.get("http://localhost:" + port + "/evenements");
        click("new-event");
        type("new-event-title", "Journée construite " + suffix);
        type("new-event-date", LocalDate.now().plusMonths(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        click("dialog-save");
        wait.until(ExpectedConditions.textToBe(By.id("event-title"), "Journée construite " + suffix));

        click("tab-parcours");
        click("new-itinerary");
        type("itinerary-name", "Parcours vert");
        click("dialog-save");
        var addStop = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[id^='add-stop-']")));
        addStop.click();
        pick("stop-place", market);
        click("dialog-save");
        waitForDialogToClose();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[id^='add-stop-']"))).click();
        pick("stop-place", library);
        click("dialog-save");
        waitForDialogToClose();

        click("tab-ateliers");
        click("workshop-new");
        type("workshop-title", "Aller vers et numérique");
        click("workshop-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workshops-list"),
                "Aller vers et numérique"));

        var created = events.page(EventListFilter.ALL, "Journée construite " + suffix, 0, 5);
        assertThat(created).hasSize(1);
        long eventId = created.get(0).id();
        var parcours = itineraries.forEvent(eventId);
        assertThat(parcours).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Parcours vert");
            assertThat(i.stops()).extracting(StopView::placeName).containsExactly(market, library);
        });
        assertThat(workshops.forEvent(eventId)).extracting(w -> w.title()).containsExactly("Aller vers et numérique");
    }

    private void createPlace(String name) {
        browser.get("http://localhost:" + port + "/lieux");
        click("add");
        type("place-name", name);
        click("save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save")));
        type("search", name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("places-grid"), name));
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void type(String id, String text) {
        input(id).sendKeys(text, Keys.TAB);
    }

    private WebElement input(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + id + " input")));
    }

    private void pick(String comboId, String text) {
        var field = input(comboId);
        field.sendKeys(text);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-combo-box-item[contains(., '" + text + "')]"))).click();
    }

    private void waitForDialogToClose() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-save")));
    }
}
