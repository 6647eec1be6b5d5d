package fr.journees.registration;

/** The answer to a scan or a tap; entry is null when the code is unknown or belongs to another day. */
public record CheckinOutcome(Answer answer, DoorEntry entry) {

    public enum Answer { ARRIVED, ALREADY_PRESENT, WAITLISTED, CANCELLED, UNKNOWN_CODE, OTHER_DAY, CLOSED }
}
