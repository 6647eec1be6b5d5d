package fr.journees.registration;

import java.time.LocalDateTime;

/**
 * One registration with the names of its assigned itinerary and workshop; waitlistPosition only when
 * waiting; checkedInAt when present at the door.
 */
public record RegistrationView(long id, long eventId, String token, String firstName, String lastName, String email,
                               String phone, String organisation, String function, String territory,
                               Long preferredItineraryId, Long preferredWorkshopId, Long itineraryId,
                               String itineraryName, Long workshopId, String workshopTitle, boolean lunch,
                               String dietaryNeeds, String accessibilityNeeds, boolean consentPhotos,
                               RegistrationStatus status, String language, Integer waitlistPosition, int version,
                               LocalDateTime createdAt, String checkinCode, LocalDateTime checkedInAt,
                               StructureKind structureKind, String departement, RegistrationConsent consent) {

    /** Present on the day: confirmed and checked in at the door (what a certificate of attendance attests). */
    public boolean attended() {
        return status == RegistrationStatus.CONFIRMED && checkedInAt != null;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** As it is once cancelled, for the mail that says so. */
    RegistrationView cancelled() {
        return new RegistrationView(id, eventId, token, firstName, lastName, email, phone, organisation, function,
                territory, preferredItineraryId, preferredWorkshopId, itineraryId, itineraryName, workshopId,
                workshopTitle, lunch, dietaryNeeds, accessibilityNeeds, consentPhotos, RegistrationStatus.CANCELLED,
                language, null, version + 1, createdAt, checkinCode, checkedInAt,
                structureKind, departement, consent);
    }

    /** As it is once promoted from the waiting list to that seat. */
    RegistrationView promotedTo(Seat seat, Capacities capacities) {
        return new RegistrationView(id, eventId, token, firstName, lastName, email, phone, organisation, function,
                territory, preferredItineraryId, preferredWorkshopId, seat.itineraryId(),
                capacities.itineraryName(seat.itineraryId()), seat.workshopId(),
                capacities.workshopTitle(seat.workshopId()), lunch, dietaryNeeds, accessibilityNeeds, consentPhotos,
                RegistrationStatus.CONFIRMED, language, null, version + 1, createdAt, checkinCode, checkedInAt,
                structureKind, departement, consent);
    }

    public RegistrationRequest toRequest() {
        return new RegistrationRequest(firstName, lastName, email, phone, organisation, function, territory,
                preferredItineraryId, preferredWorkshopId, lunch, dietaryNeeds, accessibilityNeeds, true,
                consentPhotos, language, structureKind, departement);
    }
}
