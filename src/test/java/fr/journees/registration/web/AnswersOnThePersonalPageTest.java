package fr.journees.registration.web;

import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionService;
import fr.journees.questions.QuestionType;
import fr.journees.questions.Questionnaire;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.Answers;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/** The answers to the day's questions on the personal page: shown escaped, changed while open, kept once closed. */
@JourneesSpringTest
class AnswersOnThePersonalPageTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired QuestionService questions;
    @Autowired AnsweredRegistrations answered;
    @Autowired RegistrationService registrations;
    @Autowired DSLContext dsl;

    PublicHttp http;
    long eventId;
    long wish;
    String token;

    @BeforeEach
    void aParticipantWhoAnswered() {
        http = new PublicHttp(port);
        eventId = days.create("reponses-page", 30);
        wish = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.SHORT_TEXT,
                "Quelle question aimeriez-vous poser ?", null, null, null, false, null, null, null,
                true, false, false));
        var choices = registrations.choices(eventId).orElseThrow();
        token = answered.register(answered.check(OpenDay.person("Amaia", "page.reponses@example.test", null, null),
                new Answers(Map.of(wish, List.of("<img src=x onerror=alert(1)>"))), choices)).token();
    }

    @AfterEach
    void removeIt() {
        days.remove(eventId);
    }

    private Map<String, String> change(String answer) {
        var form = new HashMap<String, String>();
        form.put("firstName", "Amaia");
        form.put("lastName", "Etcheverry");
        form.put("version", String.valueOf(registrations.byToken(token).orElseThrow().version()));
        form.put("q" + wish, answer);
        return form;
    }

    @Test
    void the_answer_is_shown_escaped_and_changes_while_registration_is_open() {
        var page = http.get("/r/" + token).body();
        assertThat(page).contains("id=\"personal-answers\"", "Quelle question aimeriez-vous poser ?",
                "&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");

        var saved = http.post("/r/" + token + "/modifier", change("Comment financer un poste ?"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(answered.answersOf(registrations.byToken(token).orElseThrow().id()).of(wish))
                .containsExactly("Comment financer un poste ?");
    }

    @Test
    void once_registration_has_closed_the_answers_are_shown_but_no_longer_change() {
        dsl.update(EVENT).set(EVENT.REGISTRATION_CLOSES_AT, LocalDateTime.now().minusMinutes(1))
                .where(EVENT.ID.eq(eventId)).execute();

        var form = http.get("/r/" + token + "/modifier").body();
        assertThat(form).contains("id=\"questions-locked\"", "vos réponses ne peuvent plus changer");
        assertThat(form).containsPattern("id=\"registration-q" + wish + "\"[^>]*disabled");

        var saved = http.post("/r/" + token + "/modifier", change("Trop tard"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(answered.answersOf(registrations.byToken(token).orElseThrow().id()).of(wish))
                .containsExactly("<img src=x onerror=alert(1)>");
    }
}
