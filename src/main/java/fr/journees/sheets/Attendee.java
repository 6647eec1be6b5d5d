package fr.journees.sheets;

import java.time.LocalDateTime;
import java.util.List;

import fr.journees.registration.DayQuestions.ShownAnswer;

/**
 * A confirmed participant as sheets and badges print them; colour is the itinerary's hex value or null;
 * checkinCode is what the badge's QR code carries (never the personal-link token); checkedInAt when present;
 * answers: to the questions the organiser prints on the sign-in sheets (none when null).
 */
public record Attendee(long id, String firstName, String lastName, String organisation, String checkinCode,
                       String itinerary, String colour, String workshop, LocalDateTime checkedInAt,
                       List<ShownAnswer> answers) {

    public Attendee {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    public Attendee withAnswers(List<ShownAnswer> given) {
        return new Attendee(id, firstName, lastName, organisation, checkinCode, itinerary, colour, workshop,
                checkedInAt, given);
    }

    /** The code as printed under the QR code: {@code K7QF-3M9X}. */
    public String printedCode() {
        return checkinCode == null || checkinCode.length() != 8 ? checkinCode
                : checkinCode.substring(0, 4) + "-" + checkinCode.substring(4);
    }

    /** The arrival as the sign-in sheet prints it ({@code 09:12}), or null when not checked in. */
    public String arrivalTime() {
        return checkedInAt == null ? null : java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(checkedInAt);
    }
}
