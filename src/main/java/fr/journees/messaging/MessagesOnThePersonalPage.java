package fr.journees.messaging;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.journees.registration.ParticipantMessages;
import fr.journees.registration.RegistrationView;

/** The personal page lists the messages its participant received: the organisers', the reminder, the thank-you. */
@Component
class MessagesOnThePersonalPage implements ParticipantMessages {

    private final MessagingService messaging;
    private final ScheduledMailsService scheduled;

    MessagesOnThePersonalPage(MessagingService messaging, ScheduledMailsService scheduled) {
        this.messaging = messaging;
        this.scheduled = scheduled;
    }

    @Override
    public List<Received> receivedBy(RegistrationView registration) {
        var received = new java.util.ArrayList<>(messaging.receivedBy(registration).stream()
                .map(m -> new Received(m.subject(), m.body(), m.sentAt())).toList());
        received.addAll(scheduled.receivedBy(registration));
        return received;
    }
}
