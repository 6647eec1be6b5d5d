package fr.journees.chantier;

import java.time.LocalDate;

/** A workshop as the facilitators' workspace lists it, with its event and how many sheets it has. */
public record ChantierWorkshop(long id, long eventId, String eventTitle, LocalDate eventDate, String title,
                               int sheetCount) {
}
