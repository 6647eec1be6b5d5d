package fr.journees.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.messaging.survey.SurveyService;
import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionService;
import fr.journees.questions.QuestionType;
import fr.journees.questions.Questionnaire;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.Answers;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/**
 * In a real browser, an organiser finds the day's questions (with their preview), the answers in the
 * registrations grid, and the survey's results as bars, at a laptop's and a small screen's widths.
 */
@JourneesSpringTest
class OrganiserAsksTheDaysQuestionsTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired QuestionService questions;
    @Autowired AnsweredRegistrations answered;
    @Autowired RegistrationService registrations;
    @Autowired SurveyService surveys;

    ChromeDriver browser;
    WebDriverWait wait;
    long eventId;

    @BeforeEach
    void aDayWithQuestionsAndAnswers() throws Exception {
        eventId = days.create("questions-orga", 40);
        long green = days.itinerary(eventId, "Parcours vert", ItineraryColour.GREEN, 20);
        long transport = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.ONE_CHOICE,
                "Venez-vous en transport en commun ?", null, "Pour le covoiturage.", null, true,
                "Oui, en bus\nOui, en train\nNon", null, null, true, false, false));
        long boots = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.YES_NO,
                "Avez-vous des chaussures de marche ?", null, null, null, false, null, green, null,
                true, false, false));
        var choices = registrations.choices(eventId).orElseThrow();
        var amaia = answered.register(answered.check(OpenDay.person("Amaia", "amaia.orga@example.test", green, null),
                new Answers(Map.of(transport, List.of("Oui, en train"), boots, List.of("yes"))), choices)).token();
        answered.register(answered.check(OpenDay.person("Peio", "peio.orga@example.test", null, null),
                new Answers(Map.of(transport, List.of("Non"))), choices));
        var survey = surveys.asked(eventId);
        surveys.answer(amaia, new Answers(Map.of(survey.getFirst().id(), List.of("4"), survey.get(3).id(),
                List.of("Un atelier numérique pour les aidants"))));
        browser = Chromium.start(1366, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        days.remove(eventId);
    }

    @Test
    void organiser_sees_the_questions_their_answers_and_the_survey_results() throws Exception {
        Chromium.logInAsOrganiser(browser, wait, port);
        browser.get("http://localhost:" + port + "/evenements/" + eventId + "/questions");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("questions-grid")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions-grid"), "Avez-vous des chaussures"));
        assertThat(browser.findElement(By.id("questions-grid")).getText()).contains("Seulement : Parcours vert");
        shoot("questions-tab-1366");
        browser.manage().window().setSize(new Dimension(1024, 900));
        shoot("questions-tab-1024");
        browser.findElement(By.id("question-new")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question-preview")));
        shoot("question-dialog-1024");

        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get("http://localhost:" + port + "/evenements/" + eventId + "/inscriptions");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registrations-grid"), "Oui, en train"));
        shoot("registrations-answers-1366");

        browser.get("http://localhost:" + port + "/evenements/" + eventId + "/enquete");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-results")));
        assertThat(browser.findElement(By.id("survey-responses")).getText()).contains("1 réponse");
        browser.executeScript("document.getElementById('survey-results').scrollIntoView()");
        shoot("survey-tab-1366");
    }

    private void shoot(String name) throws java.io.IOException {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
