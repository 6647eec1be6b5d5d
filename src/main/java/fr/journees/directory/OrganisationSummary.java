package fr.journees.directory;

/** One line of the organisations directory. */
public record OrganisationSummary(long id, String name, OrganisationKind kind, String territory, String contact,
                                  String email, String phone) {
}
