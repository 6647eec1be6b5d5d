package fr.journees.questions.ui;

import org.springframework.stereotype.Component;

import fr.journees.base.ui.Choice;
import fr.journees.event.EventHeader;
import fr.journees.event.ui.SimpleEventEditorTab;
import fr.journees.itinerary.ItineraryService;
import fr.journees.questions.QuestionService;
import fr.journees.questions.Questionnaire;
import fr.journees.workshop.WorkshopService;

/** Contributes the "Questions" tab (the registration form's own questions) to the event editor. */
@Component
class QuestionsTab extends SimpleEventEditorTab {

    private final QuestionService questions;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;

    QuestionsTab(QuestionService questions, ItineraryService itineraries, WorkshopService workshops) {
        super("questions", "question.tab", 55);
        this.questions = questions;
        this.itineraries = itineraries;
        this.workshops = workshops;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new QuestionsEditor(event.id(), Questionnaire.REGISTRATION, event.editable(), questions,
                itineraries.forEvent(event.id()).stream().map(i -> new Choice(i.id(), i.name())).toList(),
                workshops.forEvent(event.id()).stream().map(w -> new Choice(w.id(), w.title())).toList(),
                "question.title", "question.help");
    }
}
