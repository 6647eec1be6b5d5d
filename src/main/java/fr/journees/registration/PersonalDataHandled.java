package fr.journees.registration;

/** A participant downloaded (erased = false) or erased their data: for the privacy log, without the data. */
public record PersonalDataHandled(long eventId, boolean erased, int rows) {
}
