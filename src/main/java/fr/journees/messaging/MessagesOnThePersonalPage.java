package fr.journees.messaging;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.journees.registration.ParticipantMessages;
import fr.journees.registration.RegistrationView;

/** The personal page lists the messages its participant received. */
@Component
class MessagesOnThePersonalPage implements ParticipantMessages {

    private final MessagingService messaging;

    MessagesOnThePersonalPage(MessagingService messaging) {
        this.messaging = messaging;
    }

    @Override
    public List<Received> receivedBy(RegistrationView registration) {
        return messaging.receivedBy(registration).stream()
                .map(m -> new Received(m.subject(), m.body(), m.sentAt())).toList();
    }
}
