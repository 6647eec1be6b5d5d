package fr.journees.registration;

import java.time.LocalDateTime;

/** The view of a registration just written under the lock, made from what was written: no read back. */
final class NewRegistration {

    private NewRegistration() {
    }

    static RegistrationView view(long id, long eventId, String token, RegistrationRequest r, RegistrationStatus status,
                                 Seat seat, Capacities capacities, LocalDateTime now) {
        Long itinerary = seat == null ? null : seat.itineraryId();
        Long workshop = seat == null ? null : seat.workshopId();
        return new RegistrationView(id, eventId, token, r.firstName().strip(), r.lastName().strip(),
                r.normalisedEmail(), blankToNull(r.phone()), blankToNull(r.organisation()), blankToNull(r.function()),
                blankToNull(r.territory()), r.preferredItineraryId(), r.preferredWorkshopId(), itinerary,
                capacities.itineraryName(itinerary), workshop, capacities.workshopTitle(workshop), r.lunch(),
                blankToNull(r.dietaryNeeds()), blankToNull(r.accessibilityNeeds()), r.consentPhotos(), status,
                r.language() == null ? "fr" : r.language(),
                status == RegistrationStatus.WAITLISTED ? capacities.nextWaitlistPosition() : null, 0, now,
                r.structureKind(), blankToNull(r.departement()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
