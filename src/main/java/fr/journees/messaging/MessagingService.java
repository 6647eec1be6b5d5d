package fr.journees.messaging;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

import fr.journees.calendar.CalendarDay;
import fr.journees.calendar.CalendarService;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationView;

/**
 * Organisers' messages to the registrants of a day. The only writer of the message tables. A message and
 * every one of its mails are written in one transaction: all are queued, or none.
 */
@Service
@Validated
public class MessagingService {

    /** What the organiser sees before sending: how many, to whom the example is, and the example itself. */
    public record Preview(int count, String recipientName, String subject, String text) {
    }

    private final RegistrationService registrations;
    private final CalendarService calendars;
    private final RecipientValues values;
    private final MessageMails mails;
    private final MessageRepository repository;
    private final MessageSource messages;

    MessagingService(RegistrationService registrations, CalendarService calendars, RecipientValues values,
                     MessageMails mails, MessageRepository repository, MessageSource messages) {
        this.registrations = registrations;
        this.calendars = calendars;
        this.values = values;
        this.mails = mails;
        this.repository = repository;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<RegistrationView> recipients(long eventId, Audience audience) {
        return registrations.all(eventId).stream().filter(audience::includes).toList();
    }

    /** The message as its first recipient will read it; empty texts when nobody matches. */
    @Transactional(readOnly = true)
    public Preview preview(long eventId, String subject, String body, Audience audience) {
        var recipients = recipients(eventId, audience);
        var day = calendars.day(eventId);
        if (recipients.isEmpty() || day.isEmpty()) {
            return new Preview(0, null, nullToEmpty(subject), nullToEmpty(body));
        }
        var first = recipients.get(0);
        var filled = values.of(first, day.get());
        return new Preview(recipients.size(), first.fullName(), filled.text(nullToEmpty(subject)),
                filled.text(nullToEmpty(body)));
    }

    /** The message with its first recipient's values, to the organiser only, marked as a test. */
    @Transactional
    public void sendTest(long eventId, @Valid MessageDraft draft, Audience audience, String organiserEmail,
                         Locale locale) {
        var first = recipients(eventId, audience).stream().findFirst()
                .orElseThrow(() -> new MessageRefused("messaging.refused.nobody"));
        var prefix = messages.getMessage("messaging.test.prefix", null, locale);
        mails.queueTest(organiserEmail, first, day(eventId), prefix + " " + draft.subject(), draft.body());
    }

    /** Queues the message to everyone in the audience; returns how many. audienceLabel says to whom, for the list. */
    @Transactional
    public int send(long eventId, @Valid MessageDraft draft, Audience audience, String audienceLabel, String sentBy) {
        var recipients = recipients(eventId, audience);
        if (recipients.isEmpty()) {
            throw new MessageRefused("messaging.refused.nobody");
        }
        var day = day(eventId);
        long messageId = repository.insert(eventId, draft, audienceLabel, recipients.size(), sentBy);
        for (var r : recipients) {
            repository.addRecipient(messageId, r.id());
            mails.queue(r, day, draft.subject(), draft.body(), null);
        }
        return recipients.size();
    }

    @Transactional(readOnly = true)
    public List<SentMessage> sent(long eventId, int offset, int limit) {
        return repository.ofEvent(eventId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int sentCount(long eventId) {
        return repository.countOfEvent(eventId);
    }

    /** The messages that registrant received, each as they read it (their own values in place). */
    @Transactional(readOnly = true)
    public List<SentMessage> receivedBy(RegistrationView r) {
        Optional<CalendarDay> day = calendars.day(r.eventId());
        if (day.isEmpty()) {
            return List.of();
        }
        var filled = values.of(r, day.get());
        return repository.sentTo(r.id()).stream().map(m -> new SentMessage(m.id(), filled.text(m.subject()),
                filled.text(m.body()), m.audience(), m.recipientCount(), m.sentBy(), m.sentAt())).toList();
    }

    /** An anonymised account stops being named as the sender of its messages (after its own commit: a new transaction). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public int forgetSender(String email, String replacement) {
        return repository.replaceSender(email, replacement);
    }

    private CalendarDay day(long eventId) {
        return calendars.day(eventId).orElseThrow(() -> new MessageRefused("messaging.refused.nobody"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
