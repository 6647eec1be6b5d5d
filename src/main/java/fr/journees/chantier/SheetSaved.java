package fr.journees.chantier;

/** Published inside the transaction that changed an event's sheets; the board hears of it after commit. */
public record SheetSaved(long eventId, long sheetId) {
}
