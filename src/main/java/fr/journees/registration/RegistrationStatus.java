package fr.journees.registration;

public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
