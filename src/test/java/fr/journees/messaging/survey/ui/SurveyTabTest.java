package fr.journees.messaging.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.event.ui.EventEditorView;
import fr.journees.messaging.survey.SurveyService;
import fr.journees.questions.QuestionType;
import fr.journees.registration.Answers;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.security.Roles;
import fr.journees.support.KaribuTest;

/** The Enquête tab of the event editor: settings, the questionnaire's editor and the results as bars. */
class SurveyTabTest extends KaribuTest {

    @Autowired OpenDay days;
    @Autowired SurveyService surveys;
    @Autowired RegistrationService registrations;

    long eventId;

    @BeforeEach
    void aDayWithOneAnswer() {
        eventId = days.create("onglet-enquete", 30);
        var token = registrations.register(eventId, OpenDay.person("Amaia", "onglet.enquete@example.test", null, null))
                .token();
        var first = surveys.asked(eventId).getFirst();
        surveys.answer(token, new Answers(Map.of(first.id(), List.of("5"))));
        login("orga@journees.test", Roles.ORGANISER);
        UI.getCurrent().navigate(EventEditorView.class, EventEditorView.parameters(eventId, "enquete"));
    }

    @AfterEach
    void removeIt() {
        days.remove(eventId);
    }

    @Test
    void organiser_reads_the_results_as_bars_and_adds_a_question_to_the_default_survey() {
        var result = _get(Div.class, spec -> spec.withId("survey-result-" + surveys.asked(eventId).getFirst().id()));
        assertThat(result.getElement().getTextRecursively()).contains("1 réponse(s) à cette question");
        assertThat(result.getChildren().filter(c -> c.getElement().getAttribute("aria-label") != null)
                .map(c -> c.getElement().getAttribute("aria-label")).toList()).contains("5 : 1", "1 : 0");

        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("survey-questions-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(5);
        _click(_get(Button.class, spec -> spec.withId("survey-question-new")));
        _setValue(_get(Select.class, spec -> spec.withId("question-type")), QuestionType.YES_NO);
        _setValue(_get(TextField.class, spec -> spec.withId("question-labelFr")), "Reviendrez-vous l’an prochain ?");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(GridKt._size(grid)).isEqualTo(6);
        assertThat(surveys.asked(eventId).getLast().labelFr()).isEqualTo("Reviendrez-vous l’an prochain ?");
    }

    @Test
    void anonymity_cannot_be_lifted_once_someone_answered() {
        _setValue(_get(Checkbox.class, spec -> spec.withId("survey-anonymous")), false);
        _click(_get(Button.class, spec -> spec.withId("survey-save")));

        assertThat(surveys.survey(eventId).anonymous()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("survey-anonymous")).getValue()).isTrue();
    }
}
