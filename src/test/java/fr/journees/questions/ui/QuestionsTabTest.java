package fr.journees.questions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.journees.db.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.event.ui.EventEditorView;
import fr.journees.questions.Question;
import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionService;
import fr.journees.questions.QuestionType;
import fr.journees.questions.Questionnaire;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.Answers;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

/** The Questions tab of the event editor, logged in as an organiser. */
class QuestionsTabTest extends KaribuTest {

    @Autowired OpenDay days;
    @Autowired QuestionService questions;
    @Autowired AnsweredRegistrations answered;
    @Autowired RegistrationService registrations;
    @Autowired DSLContext dsl;

    long eventId;

    @BeforeEach
    void aDayOfOurOwn() {
        eventId = days.create("onglet-questions", 30);
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "questions"));
    }

    @AfterEach
    void removeIt() {
        days.remove(eventId);
        assertThat(dsl.fetchCount(EVENT, EVENT.ID.eq(eventId))).isZero();
    }

    @SuppressWarnings("unchecked")
    private Grid<Question> grid() {
        return _get(Grid.class, spec -> spec.withId("questions-grid"));
    }

    private void add(QuestionType type, String label, String choices) {
        _click(_get(Button.class, spec -> spec.withId("question-new")));
        _setValue(_get(Select.class, spec -> spec.withId("question-type")), type);
        _setValue(_get(TextField.class, spec -> spec.withId("question-labelFr")), label);
        if (choices != null) {
            _setValue(_get(TextArea.class, spec -> spec.withId("question-choices")), choices);
        }
        _click(_get(Button.class, spec -> spec.withId("save")));
    }

    @Test
    void organiser_adds_questions_sees_the_form_preview_and_reorders_them_with_the_keyboard_buttons() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("questions-none")).getText()).contains("Aucune question");

        add(QuestionType.ONE_CHOICE, "Venez-vous en transport en commun ?", "Oui\nNon");
        add(QuestionType.SHORT_TEXT, "Quelle question aimeriez-vous poser ?", null);

        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._get(grid(), 0).labelFr()).isEqualTo("Venez-vous en transport en commun ?");
        var preview = _get(Div.class, spec -> spec.withId("questions-preview"));
        assertThat(preview.getChildren().map(c -> c.getElement().getProperty("label")).toList())
                .containsExactly("Venez-vous en transport en commun ?", "Quelle question aimeriez-vous poser ?");

        long second = GridKt._get(grid(), 1).id();
        _click(_get(GridKt._getCellComponent(grid(), 1, "actions"), Button.class,
                spec -> spec.withId("question-up-" + second)));
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo(second);
        assertThat(questions.questions(eventId, Questionnaire.REGISTRATION).getFirst().id()).isEqualTo(second);
    }

    @Test
    void a_change_that_would_lose_answers_is_refused_in_the_dialog_with_what_to_do_instead() {
        long id = questions.add(eventId, Questionnaire.REGISTRATION, new QuestionDraft(QuestionType.ONE_CHOICE,
                "Transport ?", null, null, null, false, "Bus\nVélo", null, null, true, false, false));
        var choices = registrations.choices(eventId).orElseThrow();
        answered.register(answered.check(OpenDay.person("Amaia", "onglet.q@example.test", null, null),
                new Answers(Map.of(id, List.of("Bus"))), choices));
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "general"));
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "questions"));

        _click(_get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class,
                spec -> spec.withId("question-edit-" + id)));
        _setValue(_get(TextArea.class, spec -> spec.withId("question-choices")), "Vélo\nTrain");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("question-form-problem")).getText())
                .contains("Le choix « Bus » a déjà été donné 1 fois");
        assertThat(_get(TextArea.class, spec -> spec.withId("question-choices")).getValue()).isEqualTo("Vélo\nTrain");
        assertThat(questions.questions(eventId, Questionnaire.REGISTRATION).getFirst().choices()).hasSize(2)
                .extracting(c -> c.fr()).containsExactly("Bus", "Vélo");
    }
}
