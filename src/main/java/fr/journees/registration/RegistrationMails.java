package fr.journees.registration;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import fr.journees.calendar.CalendarDay;
import fr.journees.calendar.CalendarService;
import fr.journees.event.EventLinks;
import fr.journees.mail.MailService;
import fr.journees.mail.OutgoingMail;

/**
 * The mails a participant receives, in their language, queued in the caller's transaction. Everything
 * the participant typed is escaped in the HTML part; subjects lose line breaks in {@link OutgoingMail}.
 */
@Component
class RegistrationMails {

    enum Kind { CONFIRMED, WAITLISTED, PROMOTED, CANCELLED, LINK }

    private final MailService mail;
    private final MessageSource messages;
    static final String CALENDAR_CONTENT_TYPE = CalendarService.MAIL_ATTACHMENT_TYPE;

    private final CalendarService calendars;
    private final PersonalLinks links;
    private final EventLinks eventLinks;

    RegistrationMails(MailService mail, MessageSource messages, CalendarService calendars, PersonalLinks links,
                      EventLinks eventLinks) {
        this.eventLinks = eventLinks;
        this.mail = mail;
        this.messages = messages;
        this.calendars = calendars;
        this.links = links;
    }

    /** What the mails of that event are made of, read once (before a registration takes the event's lock). */
    Optional<CalendarDay> day(long eventId) {
        return calendars.day(eventId);
    }

    void send(Kind kind, RegistrationView registration) {
        send(kind, registration, calendars.day(registration.eventId()).orElseThrow());
    }

    void send(Kind kind, RegistrationView registration, CalendarDay day) {
        mail.queue(compose(kind, registration, day));
    }

    /** Queues these mails in one statement, in the caller's transaction. */
    void sendAll(List<OutgoingMail> mails) {
        mail.queueAll(mails);
    }

    OutgoingMail compose(Kind kind, RegistrationView registration, CalendarDay day) {
        var locale = Locale.forLanguageTag(registration.language());
        var event = day.event();
        var date = event.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
        var lines = new ArrayList<String>();
        lines.add(text("mail.registration." + kind + ".intro", locale, event.title(), date,
                registration.waitlistPosition()));
        if (kind == Kind.CONFIRMED || kind == Kind.PROMOTED) {
            if (registration.itineraryName() != null) {
                lines.add(text("mail.registration.itinerary", locale, registration.itineraryName()));
            }
            if (registration.workshopTitle() != null) {
                lines.add(text("mail.registration.workshop", locale, registration.workshopTitle()));
            }
            if (registration.checkinCode() != null) {
                lines.add(text("mail.registration.checkinCode", locale,
                        CheckinCodes.display(registration.checkinCode())));
            }
        }
        lines.add(text("mail.registration.privacy", locale, eventLinks.privacyNotice(event.slug())));
        var link = links.page(registration.token());
        OutgoingMail.Attachment calendar = null;
        if (kind == Kind.CONFIRMED || kind == Kind.PROMOTED) {
            // The participant's own day, as /r/{token}/agenda.ics serves it.
            calendar = new OutgoingMail.Attachment("agenda.ics", CALENDAR_CONTENT_TYPE,
                    calendars.agendaFile(day, link, registration.language(), false, registration.itineraryId(),
                            registration.workshopId()));
        }
        var greeting = text("mail.registration.greeting", locale, registration.firstName());
        var signature = text("mail.registration.signature", locale);
        var plain = new StringBuilder(greeting).append("\n\n");
        lines.forEach(l -> plain.append(l).append('\n'));
        if (kind != Kind.CANCELLED) {
            plain.append('\n').append(text("mail.registration.link", locale, link)).append('\n');
        }
        if (calendar != null) {
            plain.append('\n').append(text("mail.registration.calendar", locale)).append('\n');
        }
        plain.append('\n').append(signature).append('\n');
        var html = html(greeting, lines, kind == Kind.CANCELLED ? null : link,
                text("mail.registration.linkLabel", locale),
                calendar == null ? null : text("mail.registration.calendar", locale), signature);
        return new OutgoingMail(registration.email(),
                text("mail.registration." + kind + ".subject", locale, event.title()), plain.toString(), html,
                calendar, registration.eventId(), registration.id());
    }

    private static String html(String greeting, List<String> lines, String link, String linkLabel, String calendar,
                               String signature) {
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.append("<p>").append(escape(greeting)).append("</p>");
        lines.forEach(l -> html.append("<p>").append(escape(l)).append("</p>"));
        if (link != null) {
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(linkLabel))
                    .append("</a></p>");
        }
        if (calendar != null) {
            html.append("<p>").append(escape(calendar)).append("</p>");
        }
        html.append("<p>").append(escape(signature)).append("</p></body></html>");
        return html.toString();
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
