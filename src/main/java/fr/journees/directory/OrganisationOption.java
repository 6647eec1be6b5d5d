package fr.journees.directory;

/** An organisation as offered in a picker. */
public record OrganisationOption(long id, String name, OrganisationKind kind) {
}
