package fr.journees.registration;

import static fr.journees.registration.Seating.stale;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import fr.journees.mail.MailService;

/**
 * The participant's personal data as {@link RegistrationService} hands it out, erases it and anonymises it:
 * erasure frees the place under the day's lock like a cancellation; anonymisation changes no seat.
 */
@Component
class PersonalDataOfRegistrations {

    private final RegistrationRepository registrations;
    private final LockedTransactions locked;
    private final RegistrationMails mails;
    private final Seating seating;
    private final MailService mailbox;
    private final ApplicationEventPublisher publisher;
    private final DayQuestions questions;

    PersonalDataOfRegistrations(RegistrationRepository registrations, LockedTransactions locked,
                                RegistrationMails mails, Seating seating, MailService mailbox,
                                ApplicationEventPublisher publisher,
                                org.springframework.beans.factory.ObjectProvider<DayQuestions> questions) {
        this.questions = questions.getIfAvailable(() -> DayQuestions.NONE);
        this.registrations = registrations;
        this.locked = locked;
        this.mails = mails;
        this.seating = seating;
        this.mailbox = mailbox;
        this.publisher = publisher;
    }

    /** The participant's own erasure, logged as theirs (counts only). */
    int erase(RegistrationView current) {
        int rows = eraseQuietly(current);
        publisher.publishEvent(new PersonalDataHandled(current.eventId(), true, rows));
        return rows;
    }

    /**
     * Frees the place, promotes the waiting list, deletes the row and its mails; returns the rows deleted.
     * Not logged here: an organiser's erasure is logged once for the person, with its reason, by privacy.
     */
    int eraseQuietly(RegistrationView current) {
        long eventId = current.eventId();
        long id = current.id();
        var day = mails.day(eventId).orElseThrow(() -> stale(id));
        return locked.run(eventId, locked -> {
            var held = registrations.underLock(locked, id).orElseThrow(() -> stale(id));
            if (held.status() == RegistrationStatus.CONFIRMED) {
                locked.capacities().release(new Seat(held.itineraryId(), held.workshopId()));
            }
            int purged = mailbox.purgeRegistration(id);
            if (!registrations.delete(locked, id)) {
                throw stale(id);
            }
            seating.promote(locked, day);
            return purged + 1;
        });
    }

    /** The registration and its mails, the download being logged (counts only). */
    PersonalData of(RegistrationView registration) {
        var data = held(registration);
        publisher.publishEvent(new PersonalDataHandled(registration.eventId(), false, 1 + data.mails().size()));
        return data;
    }

    PersonalData held(RegistrationView registration) {
        var columns = questions.columns(registration.eventId(), registration.language(), List.of(registration.id()));
        var answers = new java.util.LinkedHashMap<String, String>();
        var cells = columns.of(registration.id());
        for (int i = 0; i < columns.headers().size(); i++) {
            if (!cells.get(i).isBlank()) {
                answers.put(columns.headers().get(i), cells.get(i));
            }
        }
        return new PersonalData(registration, mailbox.forRegistration(registration.id()), answers);
    }

    /**
     * See {@link RegistrationRepository#anonymise}: only once per registration. What the participant typed
     * in answer to the day's questions goes too; their choices stay, counted without them.
     */
    int anonymiseDay(long eventId) {
        var now = LocalDateTime.now();
        int done = 0;
        for (long id : registrations.notAnonymised(eventId)) {
            questions.forgetTyped(id);
            if (registrations.anonymise(id, Tokens.next(), now)) {
                done++;
            }
        }
        return done;
    }
}
