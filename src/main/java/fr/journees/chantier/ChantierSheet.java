package fr.journees.chantier;

import java.time.LocalDateTime;

/** A saved fiche chantier at one version, with who saved it last and when. */
public record ChantierSheet(long id, long workshopId, int version, SheetContent content, String lastEditor,
                            LocalDateTime updatedAt) {
}
