package fr.journees.mail;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.util.ByteArrayDataSource;

/** Turns an outbox mail into a MIME message (text and HTML alternatives, optional attachment) and sends it. */
final class SmtpDelivery {

    private SmtpDelivery() {
    }

    static void send(JavaMailSender sender, String from, OutboxMail mail) throws MessagingException {
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text());
        }
        if (mail.attachment() != null) {
            var a = mail.attachment();
            helper.addAttachment(a.name(), new ByteArrayDataSource(a.content(), a.contentType()));
        }
        sender.send(message);
    }
}
