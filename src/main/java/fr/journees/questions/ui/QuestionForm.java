package fr.journees.questions.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.journees.base.ui.Choice;
import fr.journees.directory.ui.DraftForm;
import fr.journees.questions.Question;
import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionType;
import fr.journees.questions.Questionnaire;

/**
 * One question: type, French and English labels and help, required, choices (one a line, "français |
 * english"), the one parcours or atelier it is asked of, whether it is still asked, and — on the
 * registration form only — whether its answers print on the sign-in sheets and show at the door. Beside it,
 * the question as participants will see it, redrawn at every keystroke.
 */
class QuestionForm extends DraftForm<QuestionDraft> {

    private final TextField labelFr = text(new TextField(), "labelFr");
    private final TextField labelEn = text(new TextField(), "labelEn");
    private final TextField helpFr = text(new TextField(), "helpFr");
    private final TextField helpEn = text(new TextField(), "helpEn");
    private final Select<QuestionType> type = new Select<>();
    private final Checkbox required = new Checkbox();
    private final TextArea choices = text(new TextArea(), "choices");
    private final Select<Choice> itinerary = new Select<>();
    private final Select<Choice> workshop = new Select<>();
    private final Checkbox asked = new Checkbox();
    private final Checkbox onSheets = new Checkbox();
    private final Checkbox atCheckin = new Checkbox();
    private final Div preview = new Div();
    private Question editing;

    QuestionForm(Questionnaire form, List<Choice> itineraries, List<Choice> workshops) {
        super(QuestionDraft.class, "question");
        type.setId("question-type");
        type.setLabel(getTranslation("question.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        binder().forField(type).bind("type");
        required.setId("question-required");
        required.setLabel(getTranslation("question.required"));
        binder().forField(required).bind("required");
        asked.setId("question-asked");
        asked.setLabel(getTranslation("question.asked"));
        asked.setTooltipText(getTranslation("question.asked.help"));
        binder().forField(asked).bind("asked");
        shownAt(onSheets, "onSheets", form);
        shownAt(atCheckin, "atCheckin", form);
        choices.setHelperText(getTranslation("question.choices.help"));
        choices.setMinRows(3);
        group(itinerary, "question-itinerary", "question.itinerary", itineraries, "itineraryId");
        group(workshop, "question-workshop", "question.workshop", workshops, "workshopId");
        preview.setId("question-preview");
        preview.addClassName("question-preview");
        var previewTitle = new H3(getTranslation("question.preview"));
        var previewBox = new Div(previewTitle, preview);
        previewBox.getStyle().set("border", "1px dashed var(--lumo-contrast-30pct)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        layout(type, required, labelFr, labelEn, helpFr, helpEn, choices, itinerary, workshop, asked, onSheets,
                atCheckin, previewBox);
        setColspan(previewBox, 2);
        binder().addValueChangeListener(e -> redraw());
        for (var field : List.of(labelFr, labelEn, helpFr, helpEn)) {
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        }
        choices.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
    }

    /** A survey's answers belong to no one on a sheet or at the door: there the box is not offered. */
    private void shownAt(Checkbox box, String property, Questionnaire form) {
        box.setId("question-" + property);
        box.setLabel(getTranslation("question." + property));
        box.setTooltipText(getTranslation("question." + property + ".help"));
        box.setVisible(form == Questionnaire.REGISTRATION);
        binder().forField(box).bind(property);
    }

    private void group(Select<Choice> select, String id, String key, List<Choice> items, String property) {
        select.setId(id);
        select.setLabel(getTranslation(key));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("question.scope.all"));
        select.setItemLabelGenerator(c -> c == null ? getTranslation("question.scope.all") : c.label());
        select.setVisible(!items.isEmpty());
        binder().forField(select).withConverter(c -> c == null ? null : c.id(),
                        (Long groupId) -> items.stream().filter(c -> Objects.equals(c.id(), groupId)).findFirst().orElse(null))
                .bind(property);
    }

    void create() {
        editing = null;
        edit(QuestionDraft.empty(), false);
        redraw();
    }

    void edit(Question question) {
        editing = question;
        edit(question.draft(), true);
        redraw();
    }

    /** The question being edited, null while creating one. */
    Question editing() {
        return editing;
    }

    /** A problem with the choices, said at the field that holds them. */
    void showChoicesProblem(String message) {
        choices.setErrorMessage(message);
        choices.setInvalid(true);
        choices.focus();
    }

    private void redraw() {
        var chosen = type.getValue();
        choices.setVisible(chosen != null && chosen.hasChoices());
        preview.removeAll();
        if (chosen == null) {
            return;
        }
        var french = new Question(0, 0, null, 0, chosen, labelFr.getValue(), labelEn.getValue(), helpFr.getValue(),
                helpEn.getValue(), required.getValue(), fr.journees.questions.Choice.parse(choices.getValue()),
                null, null, true, false, false, 0);
        preview.add(QuestionPreview.of(french, "fr", key -> getTranslation(key)));
    }

    @Override
    protected TextField nameField() {
        return labelFr;
    }
}
