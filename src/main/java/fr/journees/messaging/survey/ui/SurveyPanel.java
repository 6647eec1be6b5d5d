package fr.journees.messaging.survey.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.journees.base.ui.Notifications;
import fr.journees.event.EventHeader;
import fr.journees.messaging.survey.SurveyService;
import fr.journees.messaging.survey.SurveyXlsxExporter;
import fr.journees.questions.QuestionRefused;
import fr.journees.questions.QuestionService;
import fr.journees.questions.Questionnaire;
import fr.journees.questions.ui.QuestionsEditor;

/** The Enquête tab: whether the survey is anonymous and open, its questions, and its results as bars. */
class SurveyPanel extends VerticalLayout {

    private final EventHeader event;
    private final SurveyService surveys;
    private final Checkbox anonymous = new Checkbox();
    private final Checkbox accepting = new Checkbox();
    private final Div results = new Div();
    private int version;

    SurveyPanel(EventHeader event, SurveyService surveys, QuestionService questions) {
        this.event = event;
        this.surveys = surveys;
        setId("survey");
        setPadding(false);
        var settings = surveys.survey(event.id());
        version = settings.version();
        anonymous.setId("survey-anonymous");
        anonymous.setLabel(getTranslation("survey.anonymous"));
        anonymous.setHelperText(getTranslation("survey.anonymous.help"));
        anonymous.setValue(settings.anonymous());
        accepting.setId("survey-accepting");
        accepting.setLabel(getTranslation("survey.accepting"));
        accepting.setValue(settings.accepting());
        var save = new Button(getTranslation("survey.save"), e -> saveSettings());
        save.setId("survey-save");
        save.setEnabled(event.editable());
        var settingsBox = new Section(new H2(getTranslation("survey.title")), new Paragraph(getTranslation("survey.help")),
                anonymous, accepting, save);
        settingsBox.addClassName("panel");
        var editor = new QuestionsEditor(event.id(), Questionnaire.SURVEY, event.editable(), questions, List.of(),
                List.of(), "survey.questions.title", "survey.questions.help");
        results.setId("survey-results");
        var download = new Anchor(DownloadHandler.fromInputStream(request -> {
            var bytes = SurveyXlsxExporter.xlsx(surveys.results(event.id(), getLocale()), key -> getTranslation(key));
            return new DownloadResponse(new ByteArrayInputStream(bytes), event.slug() + "-enquete.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), getTranslation("survey.export.xlsx"));
        download.setId("survey-export-xlsx");
        var resultsBox = new Section(new H2(getTranslation("survey.results")), download, results);
        resultsBox.addClassName("panel");
        add(settingsBox, editor, resultsBox);
        showResults();
    }

    private void saveSettings() {
        try {
            surveys.change(event.id(), version, anonymous.getValue(), accepting.getValue());
            version = surveys.survey(event.id()).version();
            Notifications.success(getTranslation("survey.saved"));
        } catch (QuestionRefused refused) {
            anonymous.setValue(!anonymous.getValue());
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (OptimisticLockingFailureException stale) {
            Notifications.error(getTranslation("survey.conflict"));
        }
    }

    private void showResults() {
        var found = surveys.results(event.id(), getLocale());
        results.removeAll();
        var total = new Paragraph(getTranslation("survey.results.responses", found.responses()));
        total.setId("survey-responses");
        results.add(total);
        for (var q : found.questions()) {
            var block = new Div();
            block.setId("survey-result-" + q.questionId());
            block.getStyle().set("margin-block", "var(--lumo-space-m)");
            var title = new Paragraph(q.label());
            title.getStyle().set("font-weight", "600").set("margin-bottom", "0");
            block.add(title, new Paragraph(getTranslation("survey.results.answered", q.answered())));
            int highest = q.highest();
            for (var count : q.counts()) {
                block.add(SurveyBars.bar(count.answer(), count.count(), count.percentOf(highest)));
            }
            if (!q.texts().isEmpty()) {
                var texts = new com.vaadin.flow.component.html.UnorderedList();
                q.texts().forEach(t -> texts.add(new com.vaadin.flow.component.html.ListItem(t)));
                block.add(new Paragraph(getTranslation("survey.results.texts")), texts);
            }
            if (q.answered() == 0 && q.texts().isEmpty() && q.counts().isEmpty()) {
                block.add(new Paragraph(getTranslation("survey.results.none")));
            }
            results.add(block);
        }
    }

    /** A horizontal bar in HTML and CSS: the label, a bar as long as its share of the highest count, the count. */
    static final class SurveyBars {
        private SurveyBars() {
        }

        static HorizontalLayout bar(String label, int count, int percent) {
            var name = new Div(label);
            name.getStyle().set("flex", "0 0 9rem").set("overflow-wrap", "anywhere");
            var track = new Div();
            track.getStyle().set("flex", "1").set("background", "var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-s)").set("height", "1.1rem");
            var fill = new Div();
            fill.addClassName("survey-bar");
            fill.getStyle().set("width", percent + "%").set("height", "100%").set("background", "var(--lumo-primary-color)")
                    .set("border-radius", "var(--lumo-border-radius-s)");
            track.add(fill);
            var number = new Div(String.valueOf(count));
            number.getStyle().set("flex", "0 0 3rem").set("text-align", "right");
            var row = new HorizontalLayout(name, track, number);
            row.setWidthFull();
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            row.getElement().setAttribute("aria-label", label + " : " + count);
            return row;
        }
    }
}
