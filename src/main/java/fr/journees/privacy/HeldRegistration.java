package fr.journees.privacy;

import java.time.LocalDate;

import fr.journees.registration.PersonalData;

/** One registration of a person, with the day it belongs to. */
public record HeldRegistration(long eventId, String dayTitle, LocalDate dayDate, PersonalData data) {
}
