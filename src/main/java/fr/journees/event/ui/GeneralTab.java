package fr.journees.event.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.EventLinks;
import fr.journees.event.EventService;

@Component
class GeneralTab extends SimpleEventEditorTab {

    private final EventService events;
    private final DirectoryChoices choices;
    private final EventLinks links;

    GeneralTab(EventService events, EventLinks links, DirectoryChoices choices) {
        super("general", "event.tab.general", 10);
        this.events = events;
        this.choices = choices;
        this.links = links;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new GeneralPanel(events, links, choices, events.details(event.id()).orElseThrow());
    }
}
