package fr.journees.privacy;

import java.time.LocalDateTime;

/**
 * One action on personal data: who, when, what, on which day, how many rows (registrations, mails, fiche
 * author lines), and the reason an organiser gave for an erasure; never the data itself.
 */
public record PrivacyLogEntry(LocalDateTime at, String actor, PrivacyAction action, Long eventId, int registrations,
                              int mails, int fiches, String reason) {
}
