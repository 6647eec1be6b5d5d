package fr.journees.directory;

/** A stored person as read for editing, with the version it was read at. */
public record Person(long id, int version, PersonDraft draft) {
}
