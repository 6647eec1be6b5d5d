package fr.journees.questions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.base.ui.Choice;
import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionType;
import fr.journees.questions.Questionnaire;
import fr.journees.support.BundleI18nProvider;

class QuestionFormTest {

    QuestionForm form;
    final List<QuestionDraft> saved = new ArrayList<>();

    @BeforeEach
    void openAnEmptyForm() {
        BundleI18nProvider.setUpFrench();
        form = new QuestionForm(Questionnaire.REGISTRATION, List.of(new Choice(3, "Parcours vert")), List.of());
        UI.getCurrent().add(form);
        form.addSaveListener(e -> saved.add(e.draft()));
        form.create();
    }

    @AfterEach
    void tearDown() {
        BundleI18nProvider.tearDown();
    }

    @Test
    void the_preview_shows_the_question_as_it_is_typed_with_its_choices() {
        var preview = _get(Div.class, spec -> spec.withId("question-preview"));
        assertThat(_find(TextArea.class, spec -> spec.withId("question-choices"))).as("no choices for a text").isEmpty();

        _setValue(_get(Select.class, spec -> spec.withId("question-type")), QuestionType.ONE_CHOICE);
        _setValue(_get(TextField.class, spec -> spec.withId("question-labelFr")), "Venez-vous en transport en commun ?");
        _setValue(_get(TextArea.class, spec -> spec.withId("question-choices")), "Oui, en bus | Yes, by bus\nNon");

        assertThat(_get(TextArea.class, spec -> spec.withId("question-choices")).isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> radios = _get(preview, RadioButtonGroup.class);
        assertThat(radios.getLabel()).isEqualTo("Venez-vous en transport en commun ?");
        assertThat(radios.getListDataView().getItems()).containsExactly("Oui, en bus", "Non");
    }

    @Test
    void saving_gives_the_draft_with_its_parcours_and_an_empty_label_is_refused_at_the_field() {
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(saved).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("question-labelFr")).isInvalid()).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withId("question-labelFr")), "Chaussures de marche ?");
        _setValue(_get(Select.class, spec -> spec.withId("question-type")), QuestionType.YES_NO);
        _setValue(_get(Select.class, spec -> spec.withId("question-itinerary")), new Choice(3, "Parcours vert"));
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(saved).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(QuestionType.YES_NO);
            assertThat(d.itineraryId()).isEqualTo(3L);
            assertThat(d.asked()).isTrue();
            assertThat(d.onSheets()).as("off until ticked").isFalse();
            assertThat(d.atCheckin()).isFalse();
        });
        assertThat(_find(Select.class, spec -> spec.withId("question-workshop"))).as("the day has no atelier").isEmpty();
    }

    @Test
    void the_two_boxes_put_the_answers_on_the_sign_in_sheets_and_at_the_door() {
        var onSheets = _get(Checkbox.class, spec -> spec.withId("question-onSheets"));
        var atCheckin = _get(Checkbox.class, spec -> spec.withId("question-atCheckin"));
        assertThat(onSheets.getLabel()).isEqualTo("Réponses sur les feuilles d’émargement");
        assertThat(atCheckin.getLabel()).isEqualTo("Réponses à l’accueil");

        _setValue(_get(TextField.class, spec -> spec.withId("question-labelFr")), "Transport");
        _setValue(onSheets, true);
        _click(_get(Button.class, spec -> spec.withId("save")));
        _setValue(atCheckin, true);
        _setValue(onSheets, false);
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(saved).extracting(QuestionDraft::onSheets, QuestionDraft::atCheckin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, false),
                        org.assertj.core.groups.Tuple.tuple(false, true));
    }

    @Test
    void a_survey_question_offers_neither_box() {
        var survey = new QuestionForm(Questionnaire.SURVEY, List.of(), List.of());
        UI.getCurrent().add(survey);
        survey.create();

        assertThat(_find(survey, Checkbox.class, spec -> spec.withId("question-onSheets"))).isEmpty();
        assertThat(_find(survey, Checkbox.class, spec -> spec.withId("question-atCheckin"))).isEmpty();
        assertThat(_find(survey, Checkbox.class, spec -> spec.withId("question-required"))).hasSize(1);
    }
}
