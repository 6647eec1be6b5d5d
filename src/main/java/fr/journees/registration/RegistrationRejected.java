package fr.journees.registration;

/** A registration or a change the service will not make, for a reason the user can understand. */
public class RegistrationRejected extends RuntimeException {

    public enum Reason { CLOSED, ALREADY_REGISTERED, ITINERARY_FULL, WORKSHOP_FULL, EVENT_FULL, NOT_FOUND, CANCELLED }

    private final Reason reason;

    public RegistrationRejected(Reason reason) {
        super("Registration rejected: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
