package fr.journees.event;

/** A change of an event the service will not make, for a reason the user can fix. */
public class EventRejected extends RuntimeException {

    public enum Reason { SLUG_TAKEN, ENDS_BEFORE_START, REGISTRATION_CLOSES_BEFORE_OPENING, STATUS_NOT_ALLOWED, BAD_COLOUR,
        BAD_LOGO, LOGO_TOO_LARGE }

    private final Reason reason;

    public EventRejected(Reason reason) {
        super("Event change rejected: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
