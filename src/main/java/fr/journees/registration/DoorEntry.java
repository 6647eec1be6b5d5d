package fr.journees.registration;

import java.time.LocalDateTime;
import java.util.List;

import fr.journees.registration.DayQuestions.ShownAnswer;

/**
 * A registration as the door sees it: who, which group (colour as #RRGGBB or null), what they need,
 * whether and when they arrived, and their answers to the questions the organiser shows at the door
 * (part of the entry, so that a changed answer redraws the card).
 */
public record DoorEntry(long id, long eventId, String firstName, String lastName, String organisation, String email,
                        RegistrationStatus status, String itinerary, String colour, String workshop, boolean lunch,
                        String dietaryNeeds, String accessibilityNeeds, String checkinCode,
                        LocalDateTime checkedInAt, String checkedInBy, String door, LocalDateTime noShowAt,
                        List<ShownAnswer> answers) {

    public DoorEntry {
        answers = List.copyOf(answers);
    }

    public DoorEntry withAnswers(List<ShownAnswer> given) {
        return new DoorEntry(id, eventId, firstName, lastName, organisation, email, status, itinerary, colour,
                workshop, lunch, dietaryNeeds, accessibilityNeeds, checkinCode, checkedInAt, checkedInBy, door,
                noShowAt, given);
    }

    public boolean present() {
        return checkedInAt != null;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
