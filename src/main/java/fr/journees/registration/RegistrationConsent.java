package fr.journees.registration;

import java.time.LocalDateTime;

/**
 * When the participant consented, and to which version of the privacy notice: to the processing of
 * their data (always, to register) and to photos (photosAt null when they did not). Registrations
 * older than the notice have no times.
 */
public record RegistrationConsent(LocalDateTime dataAt, LocalDateTime photosAt, String noticeVersion) {

    static final RegistrationConsent UNKNOWN = new RegistrationConsent(null, null, null);
}
