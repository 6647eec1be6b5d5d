package fr.journees.registration;

import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import fr.journees.calendar.CalendarDay;
import fr.journees.registration.RegistrationMails.Kind;
import fr.journees.registration.RegistrationRejected.Reason;

/** What changes of seat do under the day's lock: a participant moved, and the waiting list promoted. */
@Component
class Seating {

    private final RegistrationRepository registrations;
    private final RegistrationMails mails;

    Seating(RegistrationRepository registrations, RegistrationMails mails) {
        this.registrations = registrations;
        this.mails = mails;
    }

    void reseat(LockedDay day, RegistrationView current, int version, Long itineraryId, Long workshopId) {
        var old = new Seat(current.itineraryId(), current.workshopId());
        if (Objects.equals(old.itineraryId(), itineraryId) && Objects.equals(old.workshopId(), workshopId)) {
            return;
        }
        var capacities = day.capacities();
        capacities.release(old);
        var seat = capacities.exactSeat(Objects.equals(itineraryId, old.itineraryId()) ? null : itineraryId,
                        Objects.equals(workshopId, old.workshopId()) ? null : workshopId)
                .map(s -> new Seat(itineraryId, workshopId))
                .orElseThrow(() -> new RegistrationRejected(Reason.EVENT_FULL));
        capacities.take(seat);
        if (!registrations.assign(day, current.id(), version, seat)) {
            throw stale(current.id());
        }
    }

    /** Seats the waiting list in its order while there is room; nobody is skipped, nobody promoted twice. */
    int promote(LockedDay locked, CalendarDay day) {
        var capacities = locked.capacities();
        int promoted = 0;
        for (var waiting : registrations.waitlisted(locked)) {
            var seat = capacities.seatFor(waiting.preferredItineraryId(), waiting.preferredWorkshopId());
            if (seat.isEmpty()) {
                break;
            }
            if (!registrations.promote(locked, waiting.id(), seat.get())) {
                throw stale(waiting.id());
            }
            capacities.take(seat.get());
            mails.send(Kind.PROMOTED, waiting.promotedTo(seat.get(), capacities), day);
            promoted++;
        }
        return promoted;
    }

    static OptimisticLockingFailureException stale(long id) {
        return new OptimisticLockingFailureException("Registration " + id + " was changed or removed meanwhile");
    }
}
