package fr.journees.checkin;

import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.event.EventService;

/**
 * The volunteers' secret link of a day: off until an organiser opens it, revocable, and dead at the
 * end of the day (midnight after the event's date). It opens that day's door screen and nothing else.
 */
@Service
public class CheckinLinkService {

    private final CheckinLinkRepository links;
    private final EventService events;
    private final String publicUrl;

    CheckinLinkService(CheckinLinkRepository links, EventService events,
                       @Value("${journees.public-url:http://localhost:8080}") String publicUrl) {
        this.links = links;
        this.events = events;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** A new secret for the day (the previous one stops working); returned once, only its hash is kept. */
    /** An account was anonymised: the links it opened name it by {@code replacement} instead of its address. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public int forgetCreator(String email, String replacement) {
        return links.renameCreator(email, replacement);
    }

    @Transactional
    public String open(long eventId, String by) {
        var event = events.header(eventId).orElseThrow(() -> new IllegalArgumentException("No event " + eventId));
        var now = LocalDateTime.now();
        var expires = event.date().plusDays(1).atStartOfDay();
        if (!now.isBefore(expires)) {
            throw new DayIsOver();
        }
        var secret = CheckinSecrets.generate();
        links.replace(eventId, CheckinSecrets.hash(secret), expires, by, now);
        return secret;
    }

    @Transactional
    public boolean revoke(long eventId) {
        return links.delete(eventId);
    }

    @Transactional(readOnly = true)
    public Optional<CheckinLink> link(long eventId) {
        return links.of(eventId);
    }

    /** The day a secret opens, while it is neither revoked nor expired. */
    @Transactional(readOnly = true)
    public Optional<Long> eventOf(String secret) {
        if (!CheckinSecrets.plausible(secret)) {
            return Optional.empty();
        }
        return links.eventOf(CheckinSecrets.hash(secret), LocalDateTime.now());
    }

    public String url(String secret) {
        return publicUrl + "/porte/" + secret;
    }

    /** The day has ended: a link for it would be dead on arrival. */
    public static class DayIsOver extends RuntimeException {
        DayIsOver() {
            super("The day is over");
        }
    }
}
