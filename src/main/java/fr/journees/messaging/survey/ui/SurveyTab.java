package fr.journees.messaging.survey.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.ui.SimpleEventEditorTab;
import fr.journees.messaging.survey.SurveyService;
import fr.journees.questions.QuestionService;

/** Contributes the "Enquête" tab (the survey after the day, its questions and results) to the event editor. */
@Component
class SurveyTab extends SimpleEventEditorTab {

    private final SurveyService surveys;
    private final QuestionService questions;

    SurveyTab(SurveyService surveys, QuestionService questions) {
        super("enquete", "survey.tab", 68);
        this.surveys = surveys;
        this.questions = questions;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new SurveyPanel(event, surveys, questions);
    }
}
