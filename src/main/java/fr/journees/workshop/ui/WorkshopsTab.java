package fr.journees.workshop.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.ui.EventEditorTab;
import fr.journees.workshop.WorkshopService;

@Component
class WorkshopsTab implements EventEditorTab {

    private final WorkshopService workshops;

    WorkshopsTab(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public String id() {
        return "ateliers";
    }

    @Override
    public String titleKey() {
        return "workshop.plural";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new WorkshopsPanel(workshops.forEvent(event.id()));
    }
}
