package fr.journees.security;

/** An account as offered in a picker (the facilitators of a workshop). */
public record AccountOption(long id, String displayName, String email) {
}
