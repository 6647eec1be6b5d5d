package fr.journees.security;

/** A password change the service will not make; reason is a translation key suffix. */
public class PasswordChangeRefused extends RuntimeException {

    public enum Reason { WRONG_CURRENT, TOO_SHORT, TOO_LONG, TOO_COMMON, SAME_AS_CURRENT }

    private final Reason reason;

    public PasswordChangeRefused(Reason reason) {
        super("Password change refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
