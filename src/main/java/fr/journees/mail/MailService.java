package fr.journees.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.base.EmailAddresses;

/**
 * The only writer of the outbox. A mail is queued in the caller's transaction, so it exists exactly
 * when what it announces exists; it is sent after commit (see {@link OutboxSender}). Without an SMTP
 * server (no spring.mail.host) it is KEPT for organisers to read.
 */
@Service
public class MailService {

    private final MailRepository outbox;
    private final ObjectProvider<JavaMailSender> smtp;
    private final ApplicationEventPublisher publisher;

    MailService(MailRepository outbox, ObjectProvider<JavaMailSender> smtp, ApplicationEventPublisher publisher) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.publisher = publisher;
    }

    @Transactional
    public long queue(OutgoingMail mail) {
        boolean canSend = smtp.getIfAvailable() != null;
        long id = outbox.insert(mail, canSend ? MailStatus.PENDING : MailStatus.KEPT);
        if (canSend) {
            publisher.publishEvent(new MailQueued(id));
        }
        return id;
    }

    /** The same for many mails, written in one statement: a group of registrations confirmed together. */
    @Transactional
    public void queueAll(List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        boolean canSend = smtp.getIfAvailable() != null;
        var ids = outbox.insertAll(mails, canSend ? MailStatus.PENDING : MailStatus.KEPT);
        if (canSend) {
            ids.forEach(id -> publisher.publishEvent(new MailQueued(id)));
        }
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMail> find(long id) {
        return outbox.byId(id);
    }

    @Transactional(readOnly = true)
    public List<OutboxMail> page(String search, int offset, int limit) {
        return outbox.page(search, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(String search) {
        return outbox.count(search);
    }

    /** Mails the SMTP server refused for good: the home page tells the organisers. */
    @Transactional(readOnly = true)
    public int failedCount() {
        return outbox.countWithStatus(MailStatus.FAILED);
    }

    /** The retention job: every mail of a day past its retention period goes (bodies hold personal links). */
    @Transactional
    public int purgeEvent(long eventId) {
        return outbox.deleteOfEvent(eventId);
    }

    /** A participant's erasure: their mails go with them. */
    @Transactional
    public int purgeRegistration(long registrationId) {
        return outbox.deleteOfRegistration(registrationId);
    }

    @Transactional(readOnly = true)
    public List<OutboxMail> forRegistration(long registrationId) {
        return outbox.forRegistration(registrationId);
    }

    /** Mails to that address that no registration holds (a registration's mails come with it). */
    @Transactional(readOnly = true)
    public List<OutboxMail> forRecipientAlone(String email) {
        return outbox.toRecipientAlone(EmailAddresses.normalise(email));
    }

    /** An organiser's erasure of a person: every mail to that address goes. */
    @Transactional
    public int purgeRecipient(String email) {
        return outbox.deleteOfRecipient(EmailAddresses.normalise(email));
    }
}
