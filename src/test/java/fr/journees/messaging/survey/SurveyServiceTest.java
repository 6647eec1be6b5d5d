package fr.journees.messaging.survey;

import static fr.journees.db.Tables.SURVEY_RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import fr.journees.messaging.survey.SurveyService.Outcome;
import fr.journees.questions.Question;
import fr.journees.questions.QuestionRefused;
import fr.journees.registration.Answers;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationView;
import fr.journees.support.JourneesSpringTest;

/** The survey after the day on MariaDB: default questionnaire, answered once, anonymous or not, counted and exported. */
@JourneesSpringTest
class SurveyServiceTest {

    @Autowired OpenDay days;
    @Autowired SurveyService surveys;
    @Autowired RegistrationService registrations;
    @Autowired MessageSource messages;
    @Autowired DSLContext dsl;

    long eventId;
    List<Question> questions;

    @BeforeEach
    void aDayWithItsSurvey() {
        eventId = days.create("enquete", 50);
        questions = surveys.asked(eventId);
    }

    @AfterEach
    void removeIt() {
        dsl.deleteFrom(SURVEY_RESPONSE).where(SURVEY_RESPONSE.EVENT_ID.eq(eventId)).execute();
        days.remove(eventId);
    }

    private RegistrationView participant(String email) {
        return registrations.register(eventId, OpenDay.person("Amaia", email, null, null)).view();
    }

    private Answers satisfied(String satisfaction, String plan) {
        return new Answers(Map.of(questions.get(0).id(), List.of(satisfaction), questions.get(3).id(), List.of(plan)));
    }

    @Test
    void a_day_starts_with_the_default_french_questionnaire_created_once() {
        surveys.survey(eventId);
        assertThat(surveys.asked(eventId)).extracting(Question::labelFr).containsExactly(
                "Dans l’ensemble, êtes-vous satisfait·e de la journée ?", "La visite vous a-t-elle été utile ?",
                "L’atelier vous a-t-il été utile ?", "Ce que je vais mettre en place", "Vos commentaires");
        assertThat(questions.get(0).required()).isTrue();
        assertThat(questions.get(0).choices()).extracting(c -> c.fr()).containsExactly("1", "2", "3", "4", "5");
        assertThat(surveys.survey(eventId).anonymous()).isTrue();
    }

    @Test
    void each_participant_answers_once_and_an_anonymous_response_keeps_no_link_to_the_registration() {
        var amaia = participant("amaia.enquete@example.test");
        var peio = participant("peio.enquete@example.test");

        assertThat(surveys.answer(amaia.token(), satisfied("5", "Un atelier =HYPERLINK(\"x\") pour les aidants"))
                .outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(surveys.answer(amaia.token(), satisfied("1", "encore")).outcome())
                .isEqualTo(Outcome.ALREADY_ANSWERED);
        assertThat(surveys.answer(peio.token(), satisfied("4", "=cmd|' /C calc'!A0")).outcome())
                .isEqualTo(Outcome.ANSWERED);

        assertThat(surveys.hasAnswered(amaia)).isTrue();
        assertThat(dsl.select(SURVEY_RESPONSE.REGISTRATION_ID).from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.EVENT_ID.eq(eventId)).fetch(r -> r.value1())).hasSize(2).containsOnlyNulls();
        var results = surveys.results(eventId, Locale.FRENCH);
        assertThat(results.responses()).isEqualTo(2);
        var satisfaction = results.questions().getFirst();
        assertThat(satisfaction.answered()).isEqualTo(2);
        assertThat(satisfaction.counts()).extracting(SurveyResults.Count::answer, SurveyResults.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 0), org.assertj.core.groups.Tuple.tuple("2", 0),
                        org.assertj.core.groups.Tuple.tuple("3", 0), org.assertj.core.groups.Tuple.tuple("4", 1),
                        org.assertj.core.groups.Tuple.tuple("5", 1));
        assertThat(results.questions().get(3).texts()).contains("=cmd|' /C calc'!A0");

        var xlsx = SurveyXlsxExporter.xlsx(results, key -> messages.getMessage(key, null, Locale.FRENCH));
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var cells = book.getFirstSheet().read().stream().flatMap(r -> r.stream())
                    .filter(c -> c != null).map(c -> c.getText()).toList();
            assertThat(cells).contains("Dans l’ensemble, êtes-vous satisfait·e de la journée ?", "Réponses reçues")
                    .contains("Un atelier =HYPERLINK(\"x\") pour les aidants", "'=cmd|' /C calc'!A0")
                    .doesNotContain("=cmd|' /C calc'!A0");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_named_survey_keeps_the_registration_and_anonymity_cannot_change_after_an_answer() {
        var settings = surveys.survey(eventId);
        surveys.change(eventId, settings.version(), false, true);
        var amaia = participant("nommee.enquete@example.test");
        assertThat(surveys.answer(amaia.token(), satisfied("3", "")).outcome()).isEqualTo(Outcome.ANSWERED);

        assertThat(dsl.select(SURVEY_RESPONSE.REGISTRATION_ID).from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.EVENT_ID.eq(eventId)).fetchSingle().value1()).isEqualTo(amaia.id());
        var now = surveys.survey(eventId);
        assertThatThrownBy(() -> surveys.change(eventId, now.version(), true, true))
                .isInstanceOfSatisfying(QuestionRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.refused.anonymity"));
        surveys.change(eventId, now.version(), false, false);
        var late = participant("tardive.enquete@example.test");
        assertThat(surveys.answer(late.token(), satisfied("3", "")).outcome()).isEqualTo(Outcome.CLOSED);
    }

    @Test
    void a_missing_required_answer_or_an_unknown_choice_is_refused_and_nothing_is_stored() {
        var amaia = participant("refus.enquete@example.test");
        var refused = surveys.answer(amaia.token(), new Answers(Map.of(questions.get(1).id(), List.of("9"))));

        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.refusals()).extracting(r -> r.field()).containsExactly("q" + questions.get(0).id(),
                "q" + questions.get(1).id());
        assertThat(surveys.hasAnswered(amaia)).isFalse();
        assertThat(surveys.results(eventId, Locale.FRENCH).responses()).isZero();
        assertThat(surveys.answer("inconnu-" + "x".repeat(30), satisfied("5", "")).outcome())
                .isEqualTo(Outcome.NOT_FOUND);
    }
}
