package fr.journees.mail;

/** PENDING: to send (again); KEPT: no SMTP server configured, organisers read it in the outbox view. */
public enum MailStatus {
    PENDING, SENT, FAILED, KEPT
}
