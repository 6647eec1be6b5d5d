package fr.journees.mail;

import java.util.Objects;

/**
 * A mail to send. Recipient and subject come partly from what users typed: line breaks are removed
 * here so that nothing typed can add a header. attachment may be null; eventId and registrationId
 * only link the mail to what it is about.
 */
public record OutgoingMail(String recipient, String subject, String text, String html, Attachment attachment,
                           Long eventId, Long registrationId) {

    public record Attachment(String name, String contentType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(content);
            name = OutgoingMail.oneLine(name);
            contentType = OutgoingMail.oneLine(contentType);
        }
    }

    public OutgoingMail {
        recipient = oneLine(Objects.requireNonNull(recipient)).strip();
        subject = oneLine(Objects.requireNonNull(subject));
        Objects.requireNonNull(text);
        if (recipient.isEmpty() || recipient.contains(",") || recipient.contains(";")) {
            throw new IllegalArgumentException("One recipient expected");
        }
    }

    static String oneLine(String value) {
        return value == null ? null : value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029\\t]+", " ");
    }
}
