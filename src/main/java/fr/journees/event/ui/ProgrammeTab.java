package fr.journees.event.ui;

import com.vaadin.flow.component.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.EventService;

/** The programme of the day, in time order. */
class ProgrammeTab implements EventEditorTab {

    private final EventService events;

    ProgrammeTab(EventService events) {
        this.events = events;
    }

    @Override
    public String id() {
        return "programme";
    }

    @Override
    public String titleKey() {
        return "programme.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(EventHeader event) {
        return new ProgrammePanel(events.programme(event.id()));
    }
}
