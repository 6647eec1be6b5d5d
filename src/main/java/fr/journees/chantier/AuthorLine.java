package fr.journees.chantier;

import java.time.LocalDate;

/** A fiche chantier whose author line is one person's e-mail only: where, for the person's data. */
public record AuthorLine(long sheetId, long eventId, String eventTitle, LocalDate eventDate, String workshopTitle, String groupName,
                         String authors) {
}
