package fr.journees.messaging.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.messaging.survey.SurveyService;
import fr.journees.questions.Question;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/** The survey page of a personal link, as a browser without JavaScript uses it. */
@JourneesSpringTest
class SurveyPageTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired SurveyService surveys;
    @Autowired RegistrationService registrations;

    long eventId;
    String token;
    List<Question> questions;

    @BeforeEach
    void aParticipantAfterTheDay() {
        eventId = days.create("enquete-page", 30);
        token = registrations.register(eventId, OpenDay.person("Amaia", "page.enquete@example.test", null, null)).token();
        questions = surveys.asked(eventId);
    }

    @AfterEach
    void removeIt() {
        days.remove(eventId);
    }

    @Test
    void the_participant_answers_once_a_refusal_keeping_what_was_typed_and_hostile_text_escaped() throws Exception {
        var page = get("/r/" + token + "/enquete");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.body()).contains("Votre avis sur la journée", "id=\"survey-anonymous\"",
                "Dans l’ensemble, êtes-vous satisfait·e de la journée ?", "name=\"q" + questions.get(0).id() + "\"");

        var plan = "q" + questions.get(3).id();
        var refused = post("/r/" + token + "/enquete", plan, "<script>alert(1)</script>");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"error-q" + questions.get(0).id() + "\"", "Ce champ est obligatoire.",
                "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");

        var answered = post("/r/" + token + "/enquete", "q" + questions.get(0).id(), "4", plan, "Un atelier");
        assertThat(answered.statusCode()).isEqualTo(303);
        assertThat(answered.headers().firstValue("Location")).hasValue("/r/" + token + "/enquete?merci");
        assertThat(get("/r/" + token + "/enquete").body()).contains("id=\"survey-thanks\"");

        var again = post("/r/" + token + "/enquete", "q" + questions.get(0).id(), "1");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("on ne répond qu’une fois");
        assertThat(surveys.results(eventId, java.util.Locale.FRENCH).responses()).isEqualTo(1);
    }

    @Test
    void an_unknown_link_is_told_it_does_not_exist() throws Exception {
        assertThat(get("/r/" + "x".repeat(32) + "/enquete").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String... fields) throws Exception {
        var body = java.util.stream.IntStream.range(0, fields.length / 2)
                .mapToObj(i -> URLEncoder.encode(fields[2 * i], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(fields[2 * i + 1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "fr")
                .header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
