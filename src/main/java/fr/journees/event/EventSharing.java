package fr.journees.event;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a day shares beyond its page, each off until the organisers turn it on: the restitution board
 * read-only behind a secret link, and the banque de projets on the public page.
 */
@Service
public class EventSharing {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EventRepository events;

    EventSharing(EventRepository events) {
        this.events = events;
    }

    /**
     * Enables the read-only public link of the event's restitution board with a fresh secret token
     * (256 random bits), or disables it; returns the token when enabled. Off by default.
     */
    @Transactional
    public Optional<String> setBoardPublic(long eventId, boolean enabled) {
        events.lockStatus(eventId).orElseThrow(() -> new EventNotEditable(eventId));
        if (!enabled) {
            events.setBoardLink(eventId, null);
            return Optional.empty();
        }
        var existing = events.enabledBoardToken(eventId);
        if (existing.isPresent()) {
            return existing;
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        events.setBoardLink(eventId, token);
        return Optional.of(token);
    }

    /**
     * Publishes the banque de projets on the day's public page (off by default), or withdraws it; an
     * archived day is read-only, so what it published stays as it was.
     */
    @Transactional
    public void setBanquePublic(long eventId, boolean published) {
        var status = events.lockStatus(eventId).orElseThrow(() -> new EventNotEditable(eventId));
        if (status == EventStatus.ARCHIVED) {
            throw new EventNotEditable(eventId);
        }
        events.updateBanquePublic(eventId, published);
    }

    /** Whether the organisers published the day's banque de projets. */
    @Transactional(readOnly = true)
    public boolean banquePublic(long eventId) {
        return events.banquePublic(eventId);
    }

    /** The secret token of the public board, only while the link is enabled. */
    @Transactional(readOnly = true)
    public Optional<String> boardToken(long eventId) {
        return events.enabledBoardToken(eventId);
    }

    /** The event whose public board link carries this token, only while it is enabled. */
    @Transactional(readOnly = true)
    public Optional<Long> idByBoardToken(String token) {
        if (token == null || token.length() < 22) {
            return Optional.empty();
        }
        return events.idByEnabledBoardToken(token);
    }
}
