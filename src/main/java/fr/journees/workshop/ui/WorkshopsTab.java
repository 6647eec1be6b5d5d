package fr.journees.workshop.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.ui.SimpleEventEditorTab;
import fr.journees.security.AccountService;
import fr.journees.workshop.InitiativeService;
import fr.journees.workshop.WorkshopService;

/** Contributes the workshops tab ("ateliers") to the event editor. */
@Component
class WorkshopsTab extends SimpleEventEditorTab {

    private final WorkshopService workshops;
    private final InitiativeService initiatives;
    private final AccountService accounts;

    WorkshopsTab(WorkshopService workshops, InitiativeService initiatives, AccountService accounts) {
        super("ateliers", "workshop.plural", 50);
        this.workshops = workshops;
        this.initiatives = initiatives;
        this.accounts = accounts;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new WorkshopsEditor(event, workshops, initiatives, accounts);
    }
}
