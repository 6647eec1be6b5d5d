package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventService;
import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionService;
import fr.journees.questions.QuestionType;
import fr.journees.questions.Questionnaire;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/**
 * On a phone-sized window, a participant answers the day's own questions (one refused first, and put
 * right without retyping anything), finds the answers on their personal page and changes one.
 */
@JourneesSpringTest
class ParticipantAnswersTheDaysQuestionsOnAPhoneTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired QuestionService questions;
    @Autowired RegistrationService registrations;
    @Autowired AnsweredRegistrations answered;

    ChromeDriver phone;
    WebDriverWait wait;
    long eventId;
    String slug;
    long transport;
    long count;

    @BeforeEach
    void aDayWithItsOwnQuestions() throws Exception {
        eventId = days.create("questions-mobile", 40);
        slug = events.details(eventId).orElseThrow().slug();
        transport = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.ONE_CHOICE,
                "Venez-vous en transport en commun ?", "Do you come by public transport?",
                "Pour organiser le covoiturage depuis la gare.", null, true, "Oui, en bus\nOui, en train\nNon",
                null, null, true, false, false));
        count = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.NUMBER,
                "Combien de personnes accompagnez-vous chaque semaine ?", null, null, null, false, null, null, null,
                true, false, false));
        phone = Chromium.start(390, 844);
        // Headless Chromium keeps a window at least 500 px wide: the phone's 390 px are emulated.
        phone.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        wait = new WebDriverWait(phone, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (phone != null) {
            phone.quit();
        }
        days.remove(eventId);
    }

    @Test
    void answers_a_custom_question_on_a_phone_and_finds_it_again_on_the_personal_page() throws Exception {
        phone.get(url("/e/" + slug + "/inscription"));
        type("registration-firstName", "Maïté");
        type("registration-lastName", "Garat");
        type("registration-email", "maite.garat+" + slug + "@example.org");
        type("registration-q" + count, "une vingtaine");
        click("registration-consentData");
        click("registration-submit");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-errors")));
        assertThat(phone.findElement(By.id("error-q" + transport)).getText()).isEqualTo("Ce champ est obligatoire.");
        assertThat(phone.findElement(By.id("error-q" + count)).getText()).contains("Indiquez un nombre");
        assertThat(phone.findElement(By.id("registration-q" + count)).getDomProperty("value")).isEqualTo("une vingtaine");
        assertThat(phone.findElement(By.id("registration-firstName")).getDomProperty("value")).isEqualTo("Maïté");
        assertThat(((Number) phone.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("the form fits the phone").isLessThanOrEqualTo(390);
        shoot("questions-form-refused-390");

        var number = phone.findElement(By.id("registration-q" + count));
        number.clear();
        number.sendKeys("20");
        click("registration-q" + transport + "-1");
        click("registration-submit");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-answers")));
        var answers = phone.findElement(By.id("personal-answers")).getText();
        assertThat(answers).contains("Venez-vous en transport en commun ?", "Oui, en train",
                "Combien de personnes accompagnez-vous chaque semaine ?", "20");
        var width = ((Number) phone.executeScript("return document.documentElement.scrollWidth")).intValue();
        assertThat(width).as("nothing wider than the phone").isLessThanOrEqualTo(390);
        shoot("questions-personal-390");

        var token = URI.create(phone.getCurrentUrl()).getPath().replaceFirst("^/r/", "");

        click("personal-change");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-questions")));
        assertThat(phone.findElement(By.id("registration-q" + transport + "-1")).isSelected()).isTrue();
        click("registration-q" + transport + "-2");
        click("personal-save");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-saved")));
        assertThat(phone.findElement(By.id("personal-answers")).getText()).contains("Non").doesNotContain("Oui, en train");
        var stored = answered.answersOf(registrations.byToken(token).orElseThrow().id());
        assertThat(stored.of(transport)).containsExactly("Non");
        assertThat(stored.of(count)).containsExactly("20");
    }

    private void shoot(String name) throws java.io.IOException {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), phone.getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void type(String id, String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).sendKeys(text);
    }

    private void click(String id) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        phone.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
