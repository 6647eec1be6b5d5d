package fr.journees.security;

/**
 * An organiser disabled, re-enabled or anonymised an account: for the privacy log, without the person.
 * {@code formerEmail} is the account's login before the change, for the features that must forget it.
 */
public record AccountChanged(String actorEmail, long accountId, String formerEmail, Kind kind) {

    public enum Kind { DISABLED, ENABLED, ANONYMISED }
}
