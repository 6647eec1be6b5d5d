package fr.journees.itinerary;

/** An itinerary change the service will not make, for a reason the user can fix. */
public class ItineraryRejected extends RuntimeException {

    public enum Reason { NAME_TAKEN, COLOUR_TAKEN }

    private final Reason reason;

    public ItineraryRejected(Reason reason) {
        super("Itinerary rejected: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
