package fr.journees.event.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.EventService;

@Component
class GeneralTab implements EventEditorTab {

    private final EventService events;
    private final DirectoryChoices choices;

    GeneralTab(EventService events, DirectoryChoices choices) {
        this.events = events;
        this.choices = choices;
    }

    @Override
    public String id() {
        return "general";
    }

    @Override
    public String titleKey() {
        return "event.tab.general";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new GeneralPanel(events, choices, events.details(event.id()).orElseThrow());
    }
}
