package fr.journees.chantier;

import java.time.LocalDateTime;

/** A key chantier on the restitution board. */
public record BoardCard(long sheetId, long workshopId, int workshopPosition, String workshopTitle, String groupName,
                        String keyTitle, String objectives, Feasibility feasibility, LocalDateTime updatedAt) {
}
