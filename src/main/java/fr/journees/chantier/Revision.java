package fr.journees.chantier;

import java.time.LocalDateTime;

/** One saved version of a sheet in its history. */
public record Revision(int version, SheetContent content, String editor, LocalDateTime savedAt) {
}
