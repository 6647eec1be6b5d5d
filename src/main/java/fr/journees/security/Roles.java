package fr.journees.security;

/** The two back-office roles. Participants have no account. */
public final class Roles {

    public static final String ORGANISER = "ORGANISER";
    public static final String FACILITATOR = "FACILITATOR";

    private Roles() {
    }
}
