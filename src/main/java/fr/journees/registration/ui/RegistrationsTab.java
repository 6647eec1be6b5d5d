package fr.journees.registration.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.EventService;
import fr.journees.event.ui.EventEditorTab;
import fr.journees.registration.RegistrationService;

@Component
class RegistrationsTab implements EventEditorTab {

    private final RegistrationService registrations;
    private final EventService events;

    RegistrationsTab(RegistrationService registrations, EventService events) {
        this.registrations = registrations;
        this.events = events;
    }

    @Override
    public String id() {
        return "inscriptions";
    }

    @Override
    public String titleKey() {
        return "registration.tab";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new RegistrationsPanel(event, registrations,
                events.details(event.id()).map(d -> d.lunchOffered()).orElse(false));
    }
}
