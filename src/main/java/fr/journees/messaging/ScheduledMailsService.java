package fr.journees.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

import fr.journees.calendar.CalendarDay;
import fr.journees.calendar.CalendarService;
import fr.journees.event.EventDuplicated;
import fr.journees.mail.OutgoingMail;
import fr.journees.registration.ParticipantMessages;
import fr.journees.registration.PersonalLinks;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.RegistrationView;

/**
 * The reminder before a day and the thank-you after it. The only writer of their settings and of the
 * record of what was sent: each mail is queued in the transaction that inserts its (registration, kind)
 * row, so that it goes once, whichever node runs and however often.
 */
@Service
@Validated
public class ScheduledMailsService {

    /** A thank-you switched on later still goes, but not weeks after the day. */
    static final int THANKS_WINDOW_DAYS = 14;

    private final ScheduledMailsRepository repository;
    private final RegistrationService registrations;
    private final CalendarService calendars;
    private final PersonalLinks links;
    private final MessageMails mails;
    private final MessageSource messages;
    private final TransactionTemplate eachMail;

    ScheduledMailsService(ScheduledMailsRepository repository, RegistrationService registrations,
                          CalendarService calendars, PersonalLinks links, MessageMails mails, MessageSource messages,
                          PlatformTransactionManager transactions) {
        this.repository = repository;
        this.registrations = registrations;
        this.calendars = calendars;
        this.links = links;
        this.mails = mails;
        this.messages = messages;
        this.eachMail = new TransactionTemplate(transactions);
    }

    /** The day's settings, or the default texts in that language, both off, when never saved. */
    @Transactional(readOnly = true)
    public StoredSchedule schedule(long eventId, Locale locale) {
        return repository.settings(eventId).orElseGet(() -> new StoredSchedule(defaults(locale), -1));
    }

    public ScheduledMailSettings defaults(Locale locale) {
        return new ScheduledMailSettings(false, ScheduledMailSettings.DEFAULT_DAYS_BEFORE,
                text("messaging.reminder.subject", locale), text("messaging.reminder.body", locale), false,
                text("messaging.thanks.subject", locale), text("messaging.thanks.body", locale));
    }

    /** Saves over the version read (-1 for a first save); a stale version is a conflict, never an overwrite. */
    @Transactional
    public void save(long eventId, int version, @Valid ScheduledMailSettings settings) {
        boolean saved = version < 0 ? repository.insert(eventId, settings) : repository.update(eventId, version, settings);
        if (!saved) {
            throw new OptimisticLockingFailureException("scheduled mails of event " + eventId + " changed meanwhile");
        }
    }

    /** A duplicated day keeps its reminder and thank-you texts and switches (not what was sent). */
    @EventListener
    @Transactional
    public void copyOnDuplication(EventDuplicated duplicated) {
        repository.settings(duplicated.sourceEventId())
                .ifPresent(stored -> repository.insert(duplicated.copyEventId(), stored.settings()));
    }

    /** Whether the mail of that kind is to go on {@code today} for a day held on {@code date}. */
    static boolean due(ScheduledMailKind kind, LocalDate date, int daysBefore, LocalDate today) {
        return kind == ScheduledMailKind.REMINDER
                ? !today.isBefore(date.minusDays(daysBefore)) && today.isBefore(date)
                : today.isAfter(date) && !today.isAfter(date.plusDays(THANKS_WINDOW_DAYS));
    }

    /**
     * Queues the mail of that kind to every registrant it is for who has not had it yet, each in its own
     * transaction; returns how many were queued now. Nothing when switched off or not due on {@code today}.
     */
    public int sendDue(long eventId, ScheduledMailKind kind, LocalDate today) {
        var stored = repository.settings(eventId);
        var day = calendars.day(eventId);
        if (stored.isEmpty() || day.isEmpty() || !stored.get().settings().enabled(kind)) {
            return 0;
        }
        var settings = stored.get().settings();
        if (!due(kind, day.get().event().date(), settings.reminderDaysBefore(), today)) {
            return 0;
        }
        int queued = 0;
        for (var r : recipients(eventId, kind)) {
            if (Boolean.TRUE.equals(eachMail.execute(tx -> sendOnce(kind, r, day.get(), settings)))) {
                queued++;
            }
        }
        return queued;
    }

    /** How many of the registrants it is for have had that mail. */
    @Transactional(readOnly = true)
    public int sentCount(long eventId, ScheduledMailKind kind) {
        return repository.sentCount(recipients(eventId, kind).stream().map(RegistrationView::id).toList(), kind);
    }

    /**
     * The reminder and thank-you that registrant was sent, for their personal page, in the day's texts as
     * they read now (the organiser may have corrected them since).
     */
    @Transactional(readOnly = true)
    public List<ParticipantMessages.Received> receivedBy(RegistrationView r) {
        var sent = repository.sentTo(r.id());
        var day = calendars.day(r.eventId());
        if (sent.isEmpty() || day.isEmpty()) {
            return List.of();
        }
        var settings = schedule(r.eventId(), RecipientValues.locale(r)).settings();
        return sent.entrySet().stream().map(s -> mails.received(r, day.get(), settings.subject(s.getKey()),
                settings.body(s.getKey()), s.getValue())).toList();
    }

    private boolean sendOnce(ScheduledMailKind kind, RegistrationView r, CalendarDay day, ScheduledMailSettings s) {
        if (!repository.claim(r.id(), kind)) {
            return false;
        }
        OutgoingMail.Attachment agenda = null;
        if (kind == ScheduledMailKind.REMINDER) {
            agenda = new OutgoingMail.Attachment("agenda.ics", CalendarService.MAIL_ATTACHMENT_TYPE,
                    calendars.agendaFile(day, links.page(r.token()), r.language(), false, r.itineraryId(),
                            r.workshopId()));
        }
        mails.queue(r, day, s.subject(kind), s.body(kind), agenda);
        return true;
    }

    /**
     * The reminder goes to the confirmed; the thank-you to those checked in at the door, or to every
     * confirmed registrant of a day where nobody was checked in (the door's record was not kept).
     */
    private List<RegistrationView> recipients(long eventId, ScheduledMailKind kind) {
        var confirmed = registrations.all(eventId).stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.email().contains("@")).toList();
        if (kind == ScheduledMailKind.REMINDER) {
            return confirmed;
        }
        var present = confirmed.stream().filter(RegistrationView::attended).toList();
        return present.isEmpty() ? confirmed : present;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
