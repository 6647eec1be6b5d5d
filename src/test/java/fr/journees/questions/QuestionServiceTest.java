package fr.journees.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.Answers;
import fr.journees.registration.ExportLabels;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationExport;
import fr.journees.registration.RegistrationRefusals.Refusal;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationView;
import fr.journees.support.JourneesSpringTest;

/** A day's own questions on MariaDB: answers checked, stored with the registration, exported; changes that would lose them refused. */
@JourneesSpringTest
class QuestionServiceTest {

    @Autowired OpenDay days;
    @Autowired QuestionService questions;
    @Autowired AnsweredRegistrations answered;
    @Autowired RegistrationService registrations;
    @Autowired fr.journees.event.EventService events;

    long eventId;

    @BeforeEach
    void anOpenDay() {
        eventId = days.create("questions", 50);
    }

    @AfterEach
    void removeIt() {
        days.remove(eventId);
    }

    private long ask(QuestionType type, String label, boolean required, String choices) {
        return questions.add(eventId, Questionnaire.REGISTRATION,
                new QuestionDraft(type, label, null, null, null, required, choices, null, null, true, false, false));
    }

    private RegistrationView register(String email, Map<Long, List<String>> answers) {
        var choices = registrations.choices(eventId).orElseThrow();
        var request = OpenDay.person("Amaia", email, null, null);
        var checked = answered.check(request, new Answers(answers), choices);
        assertThat(checked.refusals()).isEmpty();
        return answered.register(checked).view();
    }

    @Test
    void answers_are_stored_with_the_registration_and_exported_one_column_each_with_formulas_neutralised() {
        long transport = ask(QuestionType.ONE_CHOICE, "Venez-vous en transport en commun ?", true,
                "Oui, en bus | Yes, by bus\nNon");
        long role = ask(QuestionType.SEVERAL_CHOICES, "Êtes-vous élu·e, agent·e ou bénévole ?", false,
                "Élu·e\nAgent·e\nBénévole");
        long wish = ask(QuestionType.LONG_TEXT, "Quelle question aimeriez-vous poser ?", false, null);
        long count = ask(QuestionType.NUMBER, "Combien de médiateurs dans votre structure ?", false, null);

        var r = register("amaia.q@example.test", Map.of(transport, List.of("Oui, en bus"),
                role, List.of("Agent·e", "Bénévole"), wish, List.of("=cmd|' /C calc'!A0 <b>gras</b>\u0007"),
                count, List.of("3,5")));

        assertThat(answered.answersOf(r.id()).values()).containsEntry(transport, List.of("Oui, en bus"))
                .containsEntry(role, List.of("Agent·e", "Bénévole")).containsEntry(count, List.of("3.5"))
                .containsEntry(wish, List.of("=cmd|' /C calc'!A0 <b>gras</b>"));
        var columns = answered.columns(eventId, "en", List.of(r.id()));
        assertThat(columns.headers()).hasSize(4);
        assertThat(columns.of(r.id())).containsExactly("Yes, by bus", "Agent·e, Bénévole",
                "=cmd|' /C calc'!A0 <b>gras</b>", "3.5");

        var labels = new ExportLabels(RegistrationExport.COLUMNS, Map.of(), Map.of());
        var csv = new String(RegistrationExport.csv(labels, List.of(r), answered.columns(eventId, "fr",
                List.of(r.id()))), StandardCharsets.UTF_8);
        assertThat(csv).contains("Venez-vous en transport en commun ?", "Oui, en bus", "Agent·e, Bénévole")
                .contains("'=cmd|").doesNotContain(";=cmd");
        var xlsx = RegistrationExport.xlsx("Inscriptions", labels, List.of(r), columns);
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = book.getFirstSheet().read();
            int first = RegistrationExport.COLUMNS.size();
            assertThat(rows.get(0).getCellText(first)).isEqualTo("Venez-vous en transport en commun ?");
            assertThat(rows.get(1).getCellText(first + 2)).startsWith("'=cmd");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void answers_are_checked_like_every_field_each_refusal_at_its_question() {
        long transport = ask(QuestionType.ONE_CHOICE, "Transport ?", true, "Bus\nVélo");
        long count = ask(QuestionType.NUMBER, "Combien ?", false, null);
        long when = ask(QuestionType.DATE, "Depuis quand ?", false, null);
        long yes = ask(QuestionType.YES_NO, "Élu·e ?", false, null);
        var choices = registrations.choices(eventId).orElseThrow();
        var request = OpenDay.person("Amaia", "refus.q@example.test", null, null);

        var refused = answered.check(request, new Answers(Map.of(transport, List.of("Train"),
                count, List.of("trois"), when, List.of("31/02/2024"), yes, List.of("peut-être"))), choices).refusals();
        assertThat(refused).extracting(Refusal::field, Refusal::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("q" + transport, "registration.error.unknownChoice"),
                org.assertj.core.groups.Tuple.tuple("q" + count, "question.error.number"),
                org.assertj.core.groups.Tuple.tuple("q" + when, "question.error.date"),
                org.assertj.core.groups.Tuple.tuple("q" + yes, "registration.error.unknownChoice"));
        assertThat(answered.check(request, Answers.NONE, choices).refusals()).extracting(Refusal::field, Refusal::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("q" + transport, "registration.error.required"));
        assertThat(answered.check(request, new Answers(Map.of(transport, List.of("Vélo"), when,
                List.of("2024-10-03"))), choices).refusals()).isEmpty();
    }

    @Test
    void a_registration_checked_with_refusals_cannot_be_registered_and_nothing_is_written() {
        ask(QuestionType.ONE_CHOICE, "Transport ?", true, "Bus\nVélo");
        var choices = registrations.choices(eventId).orElseThrow();
        var checked = answered.check(OpenDay.person("Amaia", "refusee@example.test", null, null), Answers.NONE,
                choices);

        assertThat(checked.refusals()).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> answered.register(checked));
        assertThat(registrations.all(eventId)).isEmpty();
    }

    @Test
    void a_question_limited_to_a_parcours_is_asked_only_of_those_who_chose_it() {
        long green = days.itinerary(eventId, "Vert", ItineraryColour.GREEN, 20);
        long pink = days.itinerary(eventId, "Rose", ItineraryColour.PINK, 20);
        long boots = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.YES_NO,
                "Avez-vous des chaussures de marche ?", null, null, null, true, null, green, null, true, false, false));
        var choices = registrations.choices(eventId).orElseThrow();

        assertThat(answered.check(OpenDay.person("A", "a.vert@example.test", green, null), Answers.NONE, choices)
                .refusals()).extracting(Refusal::field).containsExactly("q" + boots);
        assertThat(answered.check(OpenDay.person("B", "b.rose@example.test", pink, null), Answers.NONE, choices)
                .refusals()).isEmpty();
        var asked = answered.asked(eventId, "fr");
        assertThat(asked).singleElement().satisfies(q -> assertThat(q.scopeLabel()).isEqualTo("Pour le parcours Vert"));

        var rose = answered.register(answered.check(OpenDay.person("B", "b.rose@example.test", pink, null),
                new Answers(Map.of(boots, List.of("yes"))), choices)).view();
        assertThat(answered.answersOf(rose.id()).values()).as("an answer to another group's question is not kept")
                .isEmpty();
    }

    @Test
    void an_answered_question_keeps_its_answers_its_type_and_choices_cannot_change_and_it_is_retired_not_deleted() {
        long transport = ask(QuestionType.ONE_CHOICE, "Transport ?", false, "Bus\nVélo");
        var r = register("garde.q@example.test", Map.of(transport, List.of("Bus")));
        var question = questions.questions(eventId, Questionnaire.REGISTRATION).getFirst();

        assertThatThrownBy(() -> questions.change(transport, question.version(), new QuestionDraft(
                QuestionType.SHORT_TEXT, "Transport ?", null, null, null, false, null, null, null, true, false, false)))
                .isInstanceOfSatisfying(QuestionRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("question.refused.type"));
        assertThatThrownBy(() -> questions.change(transport, question.version(), new QuestionDraft(
                QuestionType.ONE_CHOICE, "Transport ?", null, null, null, false, "Autobus\nVélo", null, null,
                true, false, false)))
                .isInstanceOfSatisfying(QuestionRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("question.refused.choice");
                    assertThat(e.arguments()).containsExactly("Bus", 1);
                });
        assertThatThrownBy(() -> questions.delete(transport)).isInstanceOf(QuestionRefused.class);

        questions.change(transport, question.version(), new QuestionDraft(QuestionType.ONE_CHOICE,
                "Comment venez-vous ?", "How do you come?", null, null, true, "Bus | Bus\nVélo\nÀ pied", null, null,
                false, false, false));
        assertThat(answered.asked(eventId, "fr")).as("retired from the form").isEmpty();
        assertThat(answered.answersOf(r.id()).values()).containsEntry(transport, List.of("Bus"));
        assertThat(answered.columns(eventId, "fr", List.of(r.id())).of(r.id())).containsExactly("Bus");

        var choices = registrations.choices(eventId).orElseThrow();
        answered.change(r.token(), registrations.byToken(r.token()).orElseThrow().version(), r.toRequest(),
                Answers.NONE);
        assertThat(answered.answersOf(r.id()).values()).as("a retired question's answer survives a change")
                .containsEntry(transport, List.of("Bus"));
        assertThat(choices.eventId()).isEqualTo(eventId);
    }

    @Test
    void the_participants_data_holds_their_answers_and_anonymisation_drops_what_they_typed_but_keeps_their_choices() {
        long transport = ask(QuestionType.ONE_CHOICE, "Transport ?", false, "Bus\nVélo");
        long wish = ask(QuestionType.SHORT_TEXT, "Votre question ?", false, null);
        var r = register("donnees.q@example.test", Map.of(transport, List.of("Vélo"), wish,
                List.of("Je suis Amaia, de la mairie")));

        assertThat(registrations.personalData(r.token()).orElseThrow().asMap().get("answers"))
                .isEqualTo(Map.of("Transport ?", "Vélo", "Votre question ?", "Je suis Amaia, de la mairie"));

        registrations.anonymiseDay(eventId);
        assertThat(answered.answersOf(r.id()).values()).containsOnlyKeys(transport);
    }

    @Test
    void a_duplicated_day_gets_the_questions_in_order_each_following_its_parcours_of_the_same_name() {
        long green = days.itinerary(eventId, "Vert", ItineraryColour.GREEN, 20);
        ask(QuestionType.SHORT_TEXT, "Votre question ?", true, null);
        questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.YES_NO, "Chaussures ?", null,
                null, null, false, null, green, null, true, false, false));

        long copy = events.duplicate(eventId, "copie-questions-" + System.nanoTime(), "Copie", java.time.LocalDate.now()
                .plusDays(60));
        try {
            var copied = questions.questions(copy, Questionnaire.REGISTRATION);
            assertThat(copied).extracting(Question::labelFr).containsExactly("Votre question ?", "Chaussures ?");
            assertThat(copied.getFirst().required()).isTrue();
            assertThat(copied.get(1).itineraryId()).isNotNull().isNotEqualTo(green);
        } finally {
            days.remove(copy);
        }
    }

    @Test
    void a_question_keeps_where_its_answers_show_through_a_change_and_a_copy_and_a_survey_question_shows_nowhere() {
        long transport = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.SHORT_TEXT,
                "Transport", null, null, null, false, null, null, null, true, true, false));
        var saved = questions.questions(eventId, Questionnaire.REGISTRATION).getFirst();
        assertThat(saved.onSheets()).isTrue();
        assertThat(saved.atCheckin()).isFalse();

        questions.change(transport, saved.version(), new QuestionDraft(QuestionType.SHORT_TEXT, "Transport", null,
                null, null, false, null, null, null, true, false, true));
        var changed = questions.questions(eventId, Questionnaire.REGISTRATION).getFirst();
        assertThat(changed.onSheets()).isFalse();
        assertThat(changed.atCheckin()).isTrue();

        long copy = events.duplicate(eventId, "copie-montree-" + System.nanoTime(), "Copie", java.time.LocalDate.now()
                .plusDays(60));
        try {
            assertThat(questions.questions(copy, Questionnaire.REGISTRATION).getFirst().atCheckin()).isTrue();
        } finally {
            days.remove(copy);
        }

        questions.add(eventId, Questionnaire.SURVEY, new QuestionDraft(QuestionType.SHORT_TEXT, "Un mot ?", null,
                null, null, false, null, null, null, true, true, true));
        var survey = questions.questions(eventId, Questionnaire.SURVEY).getFirst();
        assertThat(survey.onSheets()).isFalse();
        assertThat(survey.atCheckin()).isFalse();
    }

    @Test
    void questions_move_by_one_place_and_by_dropping_one_before_another() {
        long a = ask(QuestionType.SHORT_TEXT, "A", false, null);
        long b = ask(QuestionType.SHORT_TEXT, "B", false, null);
        long c = ask(QuestionType.SHORT_TEXT, "C", false, null);

        questions.move(c, -1);
        assertThat(order()).containsExactly(a, c, b);
        questions.moveBefore(b, a);
        assertThat(order()).containsExactly(b, a, c);
        questions.moveBefore(b, null);
        assertThat(order()).containsExactly(a, c, b);
        questions.move(a, -1);
        assertThat(order()).containsExactly(a, c, b);
    }

    private List<Long> order() {
        return new ArrayList<>(questions.questions(eventId, Questionnaire.REGISTRATION).stream().map(Question::id)
                .toList());
    }
}
