package fr.journees.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/** The only writer of the days' privacy settings and of the privacy log; the owner of the retention rule. */
@Service
@Validated
public class PrivacyService {

    private final PrivacyRepository privacy;
    private final int defaultMonths;

    PrivacyService(PrivacyRepository privacy, @Value("${journees.privacy.retention-months:6}") int defaultMonths) {
        this.privacy = privacy;
        this.defaultMonths = defaultMonths;
    }

    /** The installation's retention period, in months after the day. */
    public int defaultRetentionMonths() {
        return defaultMonths;
    }

    @Transactional(readOnly = true)
    public PrivacySettings settings(long eventId) {
        return privacy.settings(eventId).orElse(new PrivacySettings(null, null, 0));
    }

    @Transactional
    public void save(long eventId, @Valid PrivacySettings settings) {
        var contact = settings.contact() == null || settings.contact().isBlank() ? null : settings.contact().strip();
        if (!privacy.save(eventId, settings.version(), contact, settings.retentionMonths())) {
            throw new OptimisticLockingFailureException("Privacy settings of event " + eventId + " changed meanwhile");
        }
    }

    /** The first date on which that day's personal data is anonymised. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> anonymisedFrom(long eventId) {
        return privacy.day(eventId).map(d -> d.anonymisedFrom(defaultMonths));
    }

    /** The days whose retention period is over on {@code today}. */
    @Transactional(readOnly = true)
    public List<Long> daysDue(LocalDate today) {
        return privacy.days().stream().filter(d -> !today.isBefore(d.anonymisedFrom(defaultMonths)))
                .map(RetentionDay::eventId).toList();
    }

    /** The next date on which the job will have something new to do (a day reaching its end of retention). */
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextDue(LocalDate today) {
        return privacy.days().stream().map(d -> d.anonymisedFrom(defaultMonths)).filter(today::isBefore)
                .min(LocalDate::compareTo);
    }

    /** Recorded in its own transaction: the log says what was done even if what follows fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void log(String actor, PrivacyAction action, Long eventId, int registrations, int mails) {
        privacy.log(actor, action, eventId, new Counts(registrations, mails, 0), null);
    }

    /** The same, with the fiche author lines and the reason an organiser gave (never the person). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void log(String actor, PrivacyAction action, Counts counts, String reason) {
        privacy.log(actor, action, null, counts, reason);
    }

    /** An anonymised account's address leaves the log: its lines name the account by number instead. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forgetActor(String email, String replacement) {
        privacy.renameActor(email, replacement);
    }

    /** Every action, newest first, for the organisers' lazy grid. */
    @Transactional(readOnly = true)
    public List<PrivacyLogEntry> logPage(int offset, int limit) {
        return privacy.page(offset, limit);
    }

    @Transactional(readOnly = true)
    public int logCount() {
        return privacy.count();
    }

    @Transactional(readOnly = true)
    public Optional<PrivacyLogEntry> lastRetentionRun() {
        return privacy.last(PrivacyAction.RETENTION_RUN);
    }

    /** The log of that day's personal-data actions and of the retention runs, newest first. */
    @Transactional(readOnly = true)
    public List<PrivacyLogEntry> log(long eventId, int limit) {
        return privacy.ofEvent(eventId, limit);
    }
}
