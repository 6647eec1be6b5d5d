package fr.journees.questions.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.base.ui.Localized;
import fr.journees.questions.Choice;
import fr.journees.questions.Question;

/** A question drawn as a participant will meet it (in that language), to try it before saving. */
final class QuestionPreview {

    private QuestionPreview() {
    }

    static Component of(Question q, String language, Function<String, String> t) {
        var label = q.label(language) == null || q.label(language).isBlank() ? t.apply("question.preview.noLabel")
                : q.label(language);
        var help = q.help(language);
        Component field = switch (q.type()) {
            case SHORT_TEXT -> text(new TextField(label), help);
            case LONG_TEXT -> text(new TextArea(label), help);
            case NUMBER -> text(new TextField(label), help);
            case DATE -> {
                var date = Localized.datePicker();
                date.setLabel(label);
                date.setHelperText(help);
                yield date;
            }
            case YES_NO -> {
                var radios = new RadioButtonGroup<String>(label);
                radios.setItems(t.apply("question.yes"), t.apply("question.no"));
                radios.setHelperText(help);
                yield radios;
            }
            case ONE_CHOICE -> {
                var radios = new RadioButtonGroup<String>(label);
                radios.setItems(q.choices().stream().map(c -> c.label(language)).toList());
                radios.setHelperText(help);
                yield radios;
            }
            case SEVERAL_CHOICES -> {
                var boxes = new CheckboxGroup<String>(label);
                boxes.setItems(q.choices().stream().map((Choice c) -> c.label(language)).toList());
                boxes.setHelperText(help);
                yield boxes;
            }
        };
        if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(q.required());
        }
        field.getElement().setAttribute("data-question-type", q.type().name());
        return field;
    }

    private static <F extends Component & com.vaadin.flow.component.HasHelper> Component text(F field, String help) {
        field.setHelperText(help);
        field.getElement().getStyle().set("width", "100%");
        return field;
    }
}
