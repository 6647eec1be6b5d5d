package fr.journees.messaging.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.journees.event.EventHeader;
import fr.journees.event.ui.SimpleEventEditorTab;
import fr.journees.messaging.MessagingService;
import fr.journees.messaging.ScheduledMailsService;
import fr.journees.registration.RegistrationService;

/** The event editor's "Messages" tab: write to registrants, what was sent, the reminder and the thank-you. */
@Component
class MessagesTab extends SimpleEventEditorTab {

    private final MessagingService messaging;
    private final ScheduledMailsService scheduled;
    private final RegistrationService registrations;
    private final AuthenticationContext authentication;

    MessagesTab(MessagingService messaging, ScheduledMailsService scheduled, RegistrationService registrations,
                AuthenticationContext authentication) {
        super("messages", "messaging.tab", 62);
        this.messaging = messaging;
        this.scheduled = scheduled;
        this.registrations = registrations;
        this.authentication = authentication;
    }

    @Override
    public com.vaadin.flow.component.Component create(EventHeader event) {
        var organiser = authentication.getPrincipalName().orElse("");
        var sent = new SentMessages(event, messaging);
        var layout = new com.vaadin.flow.component.orderedlayout.VerticalLayout(
                new MessageComposer(event, messaging, registrations.fillRates(event.id()), organiser, sent::refresh),
                sent, new ScheduledMailsEditor(event, scheduled));
        layout.setId("messages");
        layout.setPadding(false);
        return layout;
    }
}
