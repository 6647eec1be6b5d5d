package fr.journees.chantier;

import java.time.LocalDateTime;

/** What one person typed in a sheet and has not saved, with the version they started from. */
public record Draft(long sheetId, int baseVersion, SheetContent content, LocalDateTime updatedAt) {
}
