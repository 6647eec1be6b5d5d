package fr.journees.directory;

/** One line of the people directory; organisationName is null for a person without organisation. */
public record PersonSummary(long id, String fullName, String functionLine, String organisationName) {
}
