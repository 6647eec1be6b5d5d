package fr.journees.directory;

/** A logo refused before it was stored; the reason names the message the organiser reads. */
public class LogoRejected extends RuntimeException {

    public enum Reason { TOO_LARGE, NOT_AN_IMAGE, NOT_FOUND }

    private final Reason reason;

    public LogoRejected(Reason reason) {
        super("Logo refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
