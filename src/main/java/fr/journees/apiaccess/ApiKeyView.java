package fr.journees.apiaccess;

import java.time.LocalDateTime;

/**
 * One API key as organisers see it. prefix is the first characters of the secret ({@code jrn_abcd1234}),
 * for recognition; eventId and eventTitle are null for a key that reads every event; createdBy is the
 * creator's display name, null once their account is gone; lastUsedAt is precise to about a minute.
 */
public record ApiKeyView(long id, String name, String prefix, Long eventId, String eventTitle, String createdBy,
                         LocalDateTime createdAt, LocalDateTime lastUsedAt, LocalDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
