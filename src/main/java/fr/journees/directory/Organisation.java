package fr.journees.directory;

/** A stored organisation as read for editing: the version travels with it to detect concurrent edits. */
public record Organisation(long id, int version, OrganisationDraft draft) {
}
