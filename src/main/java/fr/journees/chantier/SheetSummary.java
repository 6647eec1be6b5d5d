package fr.journees.chantier;

import java.time.LocalDateTime;

/** A line of a workshop's list of sheets. */
public record SheetSummary(long id, long workshopId, String groupName, String keyTitle, Feasibility feasibility,
                           boolean keyChantier, int version, String lastEditor, LocalDateTime updatedAt) {
}
