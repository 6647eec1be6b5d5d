package fr.journees.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnswerRulesTest {

    private static Question question(QuestionType type, boolean required, String choices) {
        return new Question(7, 1, Questionnaire.REGISTRATION, 1, type, "Q", null, null, null, required,
                Choice.parse(choices), null, null, true, false, false, 0);
    }

    private static AnswerRules.Reading read(QuestionType type, String... given) {
        return AnswerRules.read(question(type, false, "Bus | Bus\nVélo | Bike"), List.of(given));
    }

    @Test
    void numbers_are_read_the_french_way_and_stored_plainly() {
        assertThat(read(QuestionType.NUMBER, " 1 200,50 ").values()).containsExactly("1200.5");
        assertThat(read(QuestionType.NUMBER, "-3").values()).containsExactly("-3");
        assertThat(read(QuestionType.NUMBER, "12abc").refusal().messageKey()).isEqualTo("question.error.number");
        assertThat(read(QuestionType.NUMBER, "1e9").refused()).isTrue();
    }

    @Test
    void dates_are_read_from_the_date_field_or_typed_the_french_way_and_impossible_ones_refused() {
        assertThat(read(QuestionType.DATE, "2024-10-03").values()).containsExactly("2024-10-03");
        assertThat(read(QuestionType.DATE, "03/10/2024").values()).containsExactly("2024-10-03");
        assertThat(read(QuestionType.DATE, "31/02/2024").refusal().messageKey()).isEqualTo("question.error.date");
        assertThat(read(QuestionType.DATE, "0001-01-01").refused()).isTrue();
    }

    @Test
    void texts_lose_their_control_characters_and_are_bounded() {
        assertThat(read(QuestionType.SHORT_TEXT, "Bonjour\u0000\u001b[31m\tà tous\r\n").values())
                .containsExactly("Bonjour[31m à tous");
        assertThat(read(QuestionType.LONG_TEXT, "ligne 1\nligne 2\u0007").values()).containsExactly("ligne 1\nligne 2");
        assertThat(read(QuestionType.SHORT_TEXT, "x".repeat(301)).refusal().arguments()).containsExactly(300);
    }

    @Test
    void choices_are_stored_by_their_french_label_once_each_and_unknown_ones_refused() {
        assertThat(read(QuestionType.SEVERAL_CHOICES, "Vélo", "Bus", "Vélo").values()).containsExactly("Vélo", "Bus");
        assertThat(read(QuestionType.ONE_CHOICE, "Bike").refusal().messageKey())
                .isEqualTo("registration.error.unknownChoice");
        assertThat(read(QuestionType.YES_NO, "yes").values()).containsExactly("yes");
    }

    @Test
    void an_empty_answer_is_refused_only_when_required() {
        assertThat(AnswerRules.read(question(QuestionType.SHORT_TEXT, true, null), List.of("  ")).refusal().messageKey())
                .isEqualTo("registration.error.required");
        assertThat(AnswerRules.read(question(QuestionType.SHORT_TEXT, false, null), List.of()).values()).isEmpty();
    }
}
