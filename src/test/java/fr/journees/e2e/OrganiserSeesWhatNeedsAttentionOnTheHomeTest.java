package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/**
 * The organiser's home in a real browser: the next days as cards with their fill rate and waiting list,
 * what a draft still lacks before it can be published, and a card that opens its day.
 */
@JourneesSpringTest
class OrganiserSeesWhatNeedsAttentionOnTheHomeTest {

    @LocalServerPort int port;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired OpenDay days;

    ChromeDriver browser;
    long full;
    long draft;

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.quit();
        }
        days.remove(full);
        days.remove(draft);
    }

    @Test
    void the_next_days_show_their_fill_rate_their_waiting_list_and_what_is_missing() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        full = events.create(new EventDraft("pleine-" + suffix, "Journée presque pleine " + suffix, null, null,
                LocalDate.now().plusDays(2), LocalTime.of(9, 0), LocalTime.of(17, 0), null, EventStatus.PUBLISHED,
                LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(1), 2, true, 5), List.of(), List.of());
        for (var name : List.of("Ane", "Beñat", "Koldo")) {
            registrations.register(full, OpenDay.person(name, name.substring(0, 2).toLowerCase() + "-" + suffix
                    + "@accueil.test", null, null));
        }
        draft = events.create(new EventDraft("brouillon-" + suffix, "Journée en préparation " + suffix, null, null,
                LocalDate.now().plusDays(3), LocalTime.of(9, 0), LocalTime.of(17, 0), null, EventStatus.DRAFT,
                null, null, null, true, 5), List.of(), List.of());

        browser = Chromium.start(1366, 900);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Chromium.logInAsOrganiser(browser, wait, port);

        var fullCard = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("day-card-" + full)));
        assertThat(fullCard.getText()).contains("Journée presque pleine " + suffix, "2 inscrits pour 2 places (100 %)",
                "1 personne en liste d’attente");
        var draftCard = browser.findElement(By.id("day-card-" + draft));
        assertThat(draftCard.getText()).contains("Brouillon", "À faire", "Le programme est vide",
                "Aucun lieu n’est choisi pour la journée", "Aucune limite de places");

        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", fullCard);
        fullCard.click();
        wait.until(ExpectedConditions.urlContains("/evenements/" + full));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText())
                .contains("Journée presque pleine " + suffix);
    }
}
