package fr.journees.registration;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.journees.base.PrivacyNotice;
import fr.journees.event.EventStatus;
import fr.journees.mail.OutgoingMail;
import fr.journees.registration.RegistrationMails.Kind;
import fr.journees.registration.RegistrationRejected.Reason;

/**
 * The paths that add a registration, for {@link RegistrationService}: under the day's lock, the seat the
 * rules give (or the waiting list), the row, and its mail made from what was written, with no read back.
 */
@Component
class NewRegistrations {

    private final RegistrationRepository registrations;
    private final NewRegistrationRepository rows;
    private final LockedTransactions locked;
    private final RegistrationMails mails;
    private final RegistrationMetrics metrics;
    private final GroupCommit<Arrival, Decided> arrivals;

    NewRegistrations(RegistrationRepository registrations, NewRegistrationRepository rows, LockedTransactions locked,
                     RegistrationMails mails, RegistrationMetrics metrics) {
        this.metrics = metrics;
        this.registrations = registrations;
        this.rows = rows;
        this.locked = locked;
        this.mails = mails;
        this.arrivals = new GroupCommit<>(locked, this::decideAll);
    }

    /** The secrets a new registration is written with: its personal-link token and its check-in code. */
    record Written(String token, String checkinCode) {
    }

    /** A registration asked for, through the public form (its window applies) or by an organiser. */
    private record Arrival(DayChoices choices, RegistrationRequest request, boolean publicForm) {
    }

    /** What the rules gave one arrival: an outcome, or the refusal the person gets. */
    private record Decided(RegistrationOutcome outcome, RegistrationRejected refusal) {
    }

    /** Under a rush, the registrations of a day arriving together are decided in one locked transaction. */
    RegistrationOutcome insert(DayChoices choices, RegistrationRequest request, boolean publicForm) {
        return metrics.counted(() -> {
            var decided = arrivals.submit(choices.eventId(), new Arrival(choices, request, publicForm));
            if (decided.refusal() != null) {
                throw decided.refusal();
            }
            return decided.outcome();
        });
    }

    /**
     * In arrival order, each as if alone: the window, an e-mail already registered (a cancelled one makes
     * way), the seat the rules give on the counts as they stand after the ones before. Then the rows in one
     * statement and their mails in another.
     */
    private List<Decided> decideAll(LockedDay locked, List<Arrival> batch) {
        var now = LocalDateTime.now();
        var event = locked.event();
        var capacities = locked.capacities();
        var known = rows.statuses(locked, batch.stream().map(a -> a.request().normalisedEmail()).toList());
        var emails = new HashSet<String>();
        var freed = new ArrayList<String>();
        var decided = new ArrayList<Decided>();
        var accepted = new ArrayList<Accepted>();
        for (var arrival : batch) {
            var request = arrival.request();
            var email = request.normalisedEmail();
            var status = known.get(email);
            if (arrival.publicForm() ? !event.openAt(now) : event.status() == EventStatus.ARCHIVED) {
                decided.add(new Decided(null, new RegistrationRejected(Reason.CLOSED)));
            } else if (!emails.add(email) || holdsTheAddress(status)) {
                decided.add(new Decided(null, new RegistrationRejected(Reason.ALREADY_REGISTERED)));
            } else {
                if (status != null) {
                    freed.add(email);
                }
                var wanted = request.withPreferences(
                        capacities.hasItinerary(request.preferredItineraryId()) ? request.preferredItineraryId() : null,
                        capacities.hasWorkshop(request.preferredWorkshopId()) ? request.preferredWorkshopId() : null);
                var seat = capacities.seatFor(wanted.preferredItineraryId(), wanted.preferredWorkshopId());
                accepted.add(accept(arrival.choices(), wanted, seat.orElse(null), capacities));
                decided.add(null);
            }
        }
        if (!freed.isEmpty()) {
            rows.deleteCancelled(locked, freed);
        }
        var outcomes = write(locked, accepted, now).iterator();
        return decided.stream().map(d -> d != null ? d : new Decided(outcomes.next(), null)).toList();
    }

    /** A person accepted in this transaction: their row, and their rank when they wait. */
    private record Accepted(DayChoices choices, NewRegistrationRepository.Row row, Integer waitlistPosition) {
    }

    private static Accepted accept(DayChoices choices, RegistrationRequest request, Seat seat, Capacities capacities) {
        var written = new Written(Tokens.next(), CheckinCodes.next());
        if (seat != null) {
            capacities.take(seat);
            return new Accepted(choices, new NewRegistrationRepository.Row(written, request, RegistrationStatus.CONFIRMED,
                    seat), null);
        }
        return new Accepted(choices, new NewRegistrationRepository.Row(written, request, RegistrationStatus.WAITLISTED,
                null), capacities.joinWaitlist());
    }

    private List<RegistrationOutcome> write(LockedDay locked, List<Accepted> accepted, LocalDateTime now) {
        var ids = rows.insert(locked, accepted.stream().map(Accepted::row).toList(), now);
        var outcomes = new ArrayList<RegistrationOutcome>();
        var outgoing = new ArrayList<OutgoingMail>();
        for (var a : accepted) {
            var row = a.row();
            long id = ids.get(row.written().token());
            var view = view(id, locked.eventId(), row.written(), row.request(), row.status(), row.seat(),
                    a.waitlistPosition(), locked.capacities(), now);
            outgoing.add(mails.compose(row.status() == RegistrationStatus.CONFIRMED ? Kind.CONFIRMED : Kind.WAITLISTED,
                    view, a.choices().day()));
            outcomes.add(new RegistrationOutcome(id, row.written().token(), row.status(), view.waitlistPosition(), view));
        }
        mails.sendAll(outgoing);
        return outcomes;
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
            var known = rows.statuses(locked, List.of(request.normalisedEmail()));
            var status = known.get(request.normalisedEmail());
            if (holdsTheAddress(status)) {
                throw new RegistrationRejected(Reason.ALREADY_REGISTERED);
            }
            if (status != null) {
                rows.deleteCancelled(locked, List.of(request.normalisedEmail()));
            }
            var seat = capacities.seatFor(request.preferredItineraryId(), request.preferredWorkshopId())
                    .orElse(new Seat(request.preferredItineraryId(), request.preferredWorkshopId()));
            capacities.take(seat);
            var written = new Written(Tokens.next(), CheckinCodes.next());
            var row = new NewRegistrationRepository.Row(written, request, RegistrationStatus.CONFIRMED, seat);
            var outcome = write(locked, List.of(new Accepted(choices, row, null)), LocalDateTime.now()).getFirst();
            registrations.recordForcedReason(locked, outcome.id(), reason);
            return outcome;
        }));
    }

    private static RegistrationView view(long id, long eventId, Written written, RegistrationRequest r,
                                         RegistrationStatus status, Seat seat, Integer waitlistPosition,
                                         Capacities capacities, LocalDateTime now) {
        Long itinerary = seat == null ? null : seat.itineraryId();
        Long workshop = seat == null ? null : seat.workshopId();
        return new RegistrationView(id, eventId, written.token(), r.firstName().strip(), r.lastName().strip(),
                r.normalisedEmail(), blankToNull(r.phone()), blankToNull(r.organisation()), blankToNull(r.function()),
                blankToNull(r.territory()), r.preferredItineraryId(), r.preferredWorkshopId(), itinerary,
                capacities.itineraryName(itinerary), workshop, capacities.workshopTitle(workshop), r.lunch(),
                blankToNull(r.dietaryNeeds()), blankToNull(r.accessibilityNeeds()), r.consentPhotos(), status,
                r.language() == null ? "fr" : r.language(),
                waitlistPosition, 0, now,
                written.checkinCode(), null, r.structureKind(), blankToNull(r.departement()),
                new RegistrationConsent(now, r.consentPhotos() ? now : null, PrivacyNotice.VERSION));
    }

    /** A registration of the address that is not cancelled: the address is taken (a cancelled one makes way). */
    private static boolean holdsTheAddress(RegistrationStatus status) {
        return status != null && status != RegistrationStatus.CANCELLED;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
