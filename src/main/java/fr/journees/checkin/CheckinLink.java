package fr.journees.checkin;

import java.time.LocalDateTime;

/** A day's volunteers' link as organisers see it (never its secret, which only its creator saw once). */
public record CheckinLink(long eventId, LocalDateTime createdAt, String createdBy, LocalDateTime expiresAt) {

    public boolean expired(LocalDateTime now) {
        return !now.isBefore(expiresAt);
    }
}
