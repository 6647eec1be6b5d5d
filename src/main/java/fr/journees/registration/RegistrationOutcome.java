package fr.journees.registration;

/** waitlistPosition: 1 for the first in line; null unless waitlisted. */
public record RegistrationOutcome(long id, String token, RegistrationStatus status, Integer waitlistPosition) {
}
