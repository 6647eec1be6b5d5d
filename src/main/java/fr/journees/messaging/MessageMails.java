package fr.journees.messaging;

import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import fr.journees.calendar.CalendarDay;
import fr.journees.mail.MailService;
import fr.journees.mail.OutgoingMail;
import fr.journees.registration.ParticipantMessages;
import fr.journees.registration.RegistrationView;

/**
 * Turns an organiser's subject and body into one recipient's mail (text and HTML, placeholders filled)
 * and queues it in the caller's transaction; the outbox sends it after commit.
 */
@Component
class MessageMails {

    private final RecipientValues values;
    private final MailService mail;

    MessageMails(RecipientValues values, MailService mail) {
        this.values = values;
        this.mail = mail;
    }

    long queue(RegistrationView r, CalendarDay day, String subject, String body, OutgoingMail.Attachment attachment) {
        return queueTo(r.email(), r, day, subject, body, attachment, r.id());
    }

    /** The same mail with that recipient's values, to someone else (an organiser's test), tied to no registration. */
    long queueTest(String to, RegistrationView r, CalendarDay day, String subject, String body) {
        return queueTo(to, r, day, subject, body, null, null);
    }

    /** The mail as that registrant's personal page lists it (placeholders filled), sent at that instant. */
    ParticipantMessages.Received received(RegistrationView r, CalendarDay day, String subject, String body,
                                          LocalDateTime sentAt) {
        var filled = values.of(r, day);
        return new ParticipantMessages.Received(filled.text(subject), filled.text(body), sentAt);
    }

    private long queueTo(String to, RegistrationView r, CalendarDay day, String subject, String body,
                         OutgoingMail.Attachment attachment, Long registrationId) {
        var filled = values.of(r, day);
        return mail.queue(new OutgoingMail(to, filled.text(subject), filled.text(body), filled.html(body), attachment,
                day.event().id(), registrationId));
    }
}
