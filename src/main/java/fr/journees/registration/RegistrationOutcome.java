package fr.journees.registration;

/** waitlistPosition: 1 for the first in line; null unless waitlisted. view: the registration as written. */
public record RegistrationOutcome(long id, String token, RegistrationStatus status, Integer waitlistPosition,
                                  RegistrationView view) {
}
