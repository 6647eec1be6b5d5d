package fr.journees.mail;

import java.time.LocalDateTime;

/** A mail as stored in the outbox. */
public record OutboxMail(long id, String recipient, String subject, String text, String html,
                         OutgoingMail.Attachment attachment, MailStatus status, int attempts, String lastError,
                         LocalDateTime nextAttemptAt, LocalDateTime sentAt, LocalDateTime createdAt,
                         Long registrationId) {
}
