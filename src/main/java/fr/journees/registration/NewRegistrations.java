package fr.journees.registration;

import java.time.LocalDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import fr.journees.base.PrivacyNotice;
import fr.journees.event.EventStatus;
import fr.journees.registration.RegistrationMails.Kind;
import fr.journees.registration.RegistrationRejected.Reason;

/**
 * The paths that add a registration, for {@link RegistrationService}: under the day's lock, the seat the
 * rules give (or the waiting list), the row, and its mail made from what was written, with no read back.
 */
@Component
class NewRegistrations {

    private final RegistrationRepository registrations;
    private final LockedTransactions locked;
    private final RegistrationMails mails;
    private final RegistrationMetrics metrics;

    NewRegistrations(RegistrationRepository registrations, LockedTransactions locked, RegistrationMails mails,
                     RegistrationMetrics metrics) {
        this.metrics = metrics;
        this.registrations = registrations;
        this.locked = locked;
        this.mails = mails;
    }

    /** The secrets a new registration is written with: its personal-link token and its check-in code. */
    record Written(String token, String checkinCode) {
    }

    RegistrationOutcome insert(DayChoices choices, RegistrationRequest request, boolean publicForm) {
        return metrics.counted(() -> locked.run(choices.eventId(), locked -> {
            var now = LocalDateTime.now();
            var event = locked.event();
            if (publicForm ? !event.openAt(now) : event.status() == EventStatus.ARCHIVED) {
                throw new RegistrationRejected(Reason.CLOSED);
            }
            var capacities = locked.capacities();
            var wanted = request.withPreferences(
                    capacities.hasItinerary(request.preferredItineraryId()) ? request.preferredItineraryId() : null,
                    capacities.hasWorkshop(request.preferredWorkshopId()) ? request.preferredWorkshopId() : null);
            var seat = capacities.seatFor(wanted.preferredItineraryId(), wanted.preferredWorkshopId());
            var status = seat.isPresent() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
            return write(locked, choices, wanted, status, seat.orElse(null), now);
        }));
    }

    /**
     * A walk-in given a place by an organiser even when the day or their group is full, for a reason that
     * is recorded: the place the rules give when there is room, otherwise the preferred groups as asked.
     */
    RegistrationOutcome forcingAPlace(DayChoices choices, RegistrationRequest request, String reason) {
        return metrics.counted(() -> locked.run(choices.eventId(), locked -> {
            if (locked.event().status() == EventStatus.ARCHIVED) {
                throw new RegistrationRejected(Reason.CLOSED);
            }
            var capacities = locked.capacities();
            capacities.requireKnown(request.preferredItineraryId(), request.preferredWorkshopId());
            var seat = capacities.seatFor(request.preferredItineraryId(), request.preferredWorkshopId())
                    .orElse(new Seat(request.preferredItineraryId(), request.preferredWorkshopId()));
            var outcome = write(locked, choices, request, RegistrationStatus.CONFIRMED, seat, LocalDateTime.now());
            registrations.recordForcedReason(locked, outcome.id(), reason);
            return outcome;
        }));
    }

    private RegistrationOutcome write(LockedDay locked, DayChoices choices, RegistrationRequest request,
                                      RegistrationStatus status, Seat seat, LocalDateTime now) {
        var capacities = locked.capacities();
        var written = new Written(Tokens.next(), CheckinCodes.next());
        long id = insertFreeingACancelledOne(locked, written, request, status, seat, now);
        var view = view(id, choices.eventId(), written, request, status, seat, capacities, now);
        if (status == RegistrationStatus.CONFIRMED) {
            capacities.take(seat);
        }
        mails.send(status == RegistrationStatus.CONFIRMED ? Kind.CONFIRMED : Kind.WAITLISTED, view, choices.day());
        return new RegistrationOutcome(id, written.token(), status, view.waitlistPosition(), view);
    }

    /** Someone who cancelled may register again: their cancelled row makes way, and they join the end of the queue. */
    private long insertFreeingACancelledOne(LockedDay day, Written written, RegistrationRequest request,
                                            RegistrationStatus status, Seat seat, LocalDateTime now) {
        try {
            return registrations.insert(day, written, request, status, seat, now);
        } catch (DuplicateKeyException e) {
            if (!registrations.deleteCancelled(day, request.normalisedEmail())) {
                throw new RegistrationRejected(Reason.ALREADY_REGISTERED);
            }
            return registrations.insert(day, written, request, status, seat, now);
        }
    }

    private static RegistrationView view(long id, long eventId, Written written, RegistrationRequest r,
                                         RegistrationStatus status, Seat seat, Capacities capacities,
                                         LocalDateTime now) {
        Long itinerary = seat == null ? null : seat.itineraryId();
        Long workshop = seat == null ? null : seat.workshopId();
        return new RegistrationView(id, eventId, written.token(), r.firstName().strip(), r.lastName().strip(),
                r.normalisedEmail(), blankToNull(r.phone()), blankToNull(r.organisation()), blankToNull(r.function()),
                blankToNull(r.territory()), r.preferredItineraryId(), r.preferredWorkshopId(), itinerary,
                capacities.itineraryName(itinerary), workshop, capacities.workshopTitle(workshop), r.lunch(),
                blankToNull(r.dietaryNeeds()), blankToNull(r.accessibilityNeeds()), r.consentPhotos(), status,
                r.language() == null ? "fr" : r.language(),
                status == RegistrationStatus.WAITLISTED ? capacities.nextWaitlistPosition() : null, 0, now,
                written.checkinCode(), null, r.structureKind(), blankToNull(r.departement()),
                new RegistrationConsent(now, r.consentPhotos() ? now : null, PrivacyNotice.VERSION));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
