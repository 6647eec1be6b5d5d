package fr.journees.security;

/** A change to accounts the service will not make; reason is a translation key suffix. */
public class AccountChangeRefused extends RuntimeException {

    public enum Reason {
        /** Another account already logs in with this e-mail. */
        EMAIL_TAKEN,
        /** An organiser cannot lock themself out. */
        SELF_DISABLE,
        /** An organiser cannot give up their own ORGANISER role. */
        SELF_ORGANISER_ROLE,
        /** The change would leave no enabled organiser to manage the application. */
        LAST_ORGANISER,
        /** Only a disabled account is anonymised: deactivate it first. */
        STILL_ENABLED,
        /** An anonymised account has nobody left to reactivate. */
        ANONYMISED
    }

    private final Reason reason;

    public AccountChangeRefused(Reason reason) {
        super("Account change refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
