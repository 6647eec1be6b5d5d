package fr.journees.event;

/** Thrown by any write on an archived event, or on one that does not exist. */
public class EventNotEditable extends RuntimeException {

    public EventNotEditable(long eventId) {
        super("Event " + eventId + " is archived or unknown: it cannot be changed");
    }
}
