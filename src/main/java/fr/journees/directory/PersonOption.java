package fr.journees.directory;

/** A person as offered in a picker. */
public record PersonOption(long id, String fullName, String functionLine) {
}
