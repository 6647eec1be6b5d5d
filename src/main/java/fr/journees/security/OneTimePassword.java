package fr.journees.security;

/** A generated password, shown once to the organiser who passes it on; it must be changed at first login. */
public record OneTimePassword(long accountId, String email, String password) {
}
