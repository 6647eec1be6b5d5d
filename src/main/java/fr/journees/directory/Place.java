package fr.journees.directory;

/** A stored place (with its facts, in order) as read for editing, with the version it was read at. */
public record Place(long id, int version, PlaceDraft draft) {
}
