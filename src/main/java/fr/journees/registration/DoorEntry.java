package fr.journees.registration;

import java.time.LocalDateTime;

/**
 * A registration as the door sees it: who, which group (colour as #RRGGBB or null), what they need,
 * and whether and when they arrived.
 */
public record DoorEntry(long id, long eventId, String firstName, String lastName, String organisation, String email,
                        RegistrationStatus status, String itinerary, String colour, String workshop, boolean lunch,
                        String dietaryNeeds, String accessibilityNeeds, String checkinCode,
                        LocalDateTime checkedInAt, String checkedInBy, String door, LocalDateTime noShowAt) {

    public boolean present() {
        return checkedInAt != null;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
