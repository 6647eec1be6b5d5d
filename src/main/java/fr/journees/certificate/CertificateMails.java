package fr.journees.certificate;

import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import fr.journees.event.EventDetails;
import fr.journees.mail.MailService;
import fr.journees.mail.OutgoingMail;
import fr.journees.registration.ParticipantMessages;
import fr.journees.registration.PersonalLinks;
import fr.journees.registration.RegistrationView;

/** The mail that carries a participant's certificate as a PDF, in their language, queued in the caller's transaction. */
@Component
class CertificateMails {

    static final String FILE_NAME = "attestation-de-presence.pdf";

    private final MailService mail;
    private final MessageSource messages;
    private final PersonalLinks links;

    CertificateMails(MailService mail, MessageSource messages, PersonalLinks links) {
        this.mail = mail;
        this.messages = messages;
        this.links = links;
    }

    long queue(RegistrationView r, EventDetails event, String date, byte[] pdf, Locale locale) {
        var greeting = text("certificate.mail.greeting", locale, r.firstName());
        var body = text("certificate.mail.body", locale, event.title(), date);
        var link = links.certificate(r.token());
        var signature = text("certificate.mail.signature", locale);
        var plain = plain(r, event, date, locale);
        var html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>" + escape(greeting) + "</p><p>"
                + escape(body) + "</p><p>" + escape(text("certificate.mail.linkLabel", locale)) + " <a href=\""
                + escape(link) + "\">" + escape(link) + "</a></p><p>" + escape(signature) + "</p></body></html>";
        return mail.queue(new OutgoingMail(r.email(), subject(event, locale), plain, html,
                new OutgoingMail.Attachment(FILE_NAME, "application/pdf", pdf), r.eventId(), r.id()));
    }

    /** The mail as the participant's personal page lists it: its subject and text, when it went. */
    ParticipantMessages.Received received(RegistrationView r, EventDetails event, String date, LocalDateTime sentAt,
                                          Locale locale) {
        return new ParticipantMessages.Received(subject(event, locale), plain(r, event, date, locale), sentAt);
    }

    private String subject(EventDetails event, Locale locale) {
        return text("certificate.mail.subject", locale, event.title());
    }

    private String plain(RegistrationView r, EventDetails event, String date, Locale locale) {
        return text("certificate.mail.greeting", locale, r.firstName()) + "\n\n"
                + text("certificate.mail.body", locale, event.title(), date) + "\n\n"
                + text("certificate.mail.link", locale, links.certificate(r.token())) + "\n\n"
                + text("certificate.mail.signature", locale) + "\n";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
