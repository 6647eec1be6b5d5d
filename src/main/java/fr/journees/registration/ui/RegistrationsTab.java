package fr.journees.registration.ui;

import org.springframework.stereotype.Component;

import fr.journees.event.EventHeader;
import fr.journees.event.EventLinks;
import fr.journees.event.EventService;
import fr.journees.security.FramingOrigins;
import fr.journees.event.ui.SimpleEventEditorTab;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.RegistrationService;

@Component
class RegistrationsTab extends SimpleEventEditorTab {

    private final RegistrationService registrations;
    private final EventService events;
    private final AnsweredRegistrations answered;

    private final EventLinks links;
    private final FramingOrigins framingOrigins;

    RegistrationsTab(RegistrationService registrations, AnsweredRegistrations answered, EventService events,
                     EventLinks links, FramingOrigins framingOrigins) {
        super("inscriptions", "registration.tab", 60);
        this.answered = answered;
        this.registrations = registrations;
        this.events = events;
        this.links = links;
        this.framingOrigins = framingOrigins;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        return new RegistrationsPanel(event, registrations, answered,
                events.details(event.id()).map(d -> d.lunchOffered()).orElse(false),
                () -> new EmbedCodeDialog(event, links.page(event.slug()), framingOrigins.current()).open());
    }
}
