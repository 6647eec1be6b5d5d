package fr.journees.event.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventContentService;
import fr.journees.event.EventHeader;
import fr.journees.event.EventService;

/** The programme of the day, in time order. */
@Component
class ProgrammeTab extends SimpleEventEditorTab {

    private final EventService events;
    private final EventContentService content;
    private final DirectoryChoices choices;

    ProgrammeTab(EventService events, EventContentService content, DirectoryChoices choices) {
        super("programme", "programme.title", 30);
        this.events = events;
        this.content = content;
        this.choices = choices;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new ProgrammeEditor(event, events, content, choices);
    }
}
