package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionService;
import fr.journees.questions.QuestionType;
import fr.journees.questions.Questionnaire;
import fr.journees.support.JourneesSpringTest;

/** The day's own questions through the open API: listed with the day, answered, checked and changed. */
@JourneesSpringTest
class QuestionsApiTest extends OpenDayApiTest {

    @Autowired QuestionService questions;

    long transport;
    long roles;

    @BeforeEach
    void aDayWithQuestions() {
        transport = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.ONE_CHOICE,
                "Venez-vous en transport en commun ?", null, null, null, true, "Oui\nNon", null, null,
                true, false, false));
        roles = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.SEVERAL_CHOICES,
                "Êtes-vous élu·e, agent·e ou bénévole ?", null, null, null, false, "Élu·e\nAgent·e\nBénévole",
                null, null, true, false, false));
    }

    private String withAnswers(String email, String answers) {
        return """
                {"firstName": "Maite", "lastName": "Etcheverry", "email": "%s", "consentData": true,
                 "answers": %s}""".formatted(email, answers);
    }

    @Test
    void the_day_lists_its_questions_and_a_registration_takes_and_gives_back_its_answers() {
        var day = api.get("/api/v1/events/" + slug).json();
        assertThat(day.get("questions").get(0).get("id").asLong()).isEqualTo(transport);
        assertThat(day.get("questions").get(0).get("type").asString()).isEqualTo("ONE_CHOICE");
        assertThat(day.get("questions").get(1).get("options").get(2).get("value").asString()).isEqualTo("Bénévole");

        var answer = register(withAnswers("api.q@exemple.fr",
                "{\"%d\": \"Oui\", \"%d\": [\"Élu·e\", \"Bénévole\"]}".formatted(transport, roles)));

        assertThat(answer.status()).isEqualTo(201);
        var answers = answer.json().get("answers");
        assertThat(answers.get(String.valueOf(transport)).get(0).asString()).isEqualTo("Oui");
        assertThat(answers.get(String.valueOf(roles)).size()).isEqualTo(2);
        var token = answer.json().get("token").asString();

        var changed = api.patch("/api/v1/registrations/" + token, "{\"answers\": {\"%d\": \"Non\"}}".formatted(transport));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("answers").get(String.valueOf(transport)).get(0).asString()).isEqualTo("Non");
        assertThat(changed.json().get("answers").has(String.valueOf(roles))).as("answers sent replace all").isFalse();
    }

    @Test
    void a_missing_or_unknown_answer_is_a_422_on_that_answer() {
        var missing = register(withAnswers("api.q2@exemple.fr", "{}"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(error(missing.json(), "answers." + transport).get("messages").get("fr").asString())
                .isEqualTo("Ce champ est obligatoire.");

        var unknown = register(withAnswers("api.q3@exemple.fr",
                "{\"%d\": \"Peut-être\", \"%d\": [\"Ministre\"]}".formatted(transport, roles)));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(error(unknown.json(), "answers." + roles)).isNotNull();
    }
}
