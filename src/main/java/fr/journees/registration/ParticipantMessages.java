package fr.journees.registration;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the organisers wrote to a participant, for their personal page. Implemented by the feature that
 * sends messages, so that registration does not depend on it.
 */
public interface ParticipantMessages {

    /** One message as that participant received it, placeholders filled. */
    record Received(String subject, String body, LocalDateTime sentAt) {
    }

    /** Latest first. */
    List<Received> receivedBy(RegistrationView registration);
}
