package fr.journees.apiaccess;

/** An origin the list will not take; {@link #messageKey()} explains why, in the user's language. */
public class ApiOriginRejected extends IllegalArgumentException {

    public enum Reason {
        /** Nothing typed. */
        BLANK,
        /** Not http:// or https:// (nor "*"). */
        BAD_SCHEME,
        /** A path, query or fragment after the host: an origin is only scheme, host and port. */
        HAS_PATH,
        /** A user name or password before the host. */
        HAS_USERINFO,
        /** No host, or not a valid domain name or IP address. */
        BAD_HOST,
        /** A port outside 1–65535. */
        BAD_PORT,
        /** Longer than the 200 characters kept. */
        TOO_LONG,
        /** Already in the list (maybe written differently). */
        DUPLICATE
    }

    private final Reason reason;

    public ApiOriginRejected(Reason reason, String origin) {
        super("Origin rejected (" + reason + "): " + origin);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** A key of the api bundles, French and English. */
    public String messageKey() {
        return "api.origin.error." + reason.name();
    }
}
