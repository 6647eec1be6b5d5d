package fr.journees.apiaccess;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.journees.apiaccess.ApiOriginRejected.Reason;
import fr.journees.security.FramingOrigins;

/**
 * The only writer of the origins allowed to call the public API from a browser (CORS). The API asks
 * {@link #allowed(String)} on every cross-origin request: it is answered from memory, reloaded from the
 * database after each add or remove has committed on this application node, and every two seconds for the
 * changes made through the others.
 */
@Service
public class ApiOriginService implements FramingOrigins {

    private final ApiOriginRepository origins;
    private final ApplicationEventPublisher publisher;
    /** Null until first asked; replaced whole, never changed in place. */
    private volatile Set<String> cache;

    ApiOriginService(ApiOriginRepository origins, ApplicationEventPublisher publisher) {
        this.origins = origins;
        this.publisher = publisher;
    }

    /** The allowed origins, sorted. */
    @Transactional(readOnly = true)
    public List<String> all() {
        return origins.all();
    }

    /**
     * Adds the origin in its normal form ({@code https://exemple.org}, lower case, no trailing slash, no
     * default port), or {@code *} for any origin.
     *
     * @throws ApiOriginRejected when it is not an origin, or is in the list already
     */
    @Transactional
    public void add(String origin) {
        var normalised = ApiOrigins.normalise(origin);
        if (origins.exists(normalised)) {
            throw new ApiOriginRejected(Reason.DUPLICATE, origin);
        }
        try {
            origins.insert(normalised, LocalDateTime.now());
        } catch (DuplicateKeyException sameOriginMeanwhile) {
            throw new ApiOriginRejected(Reason.DUPLICATE, origin);
        }
        publisher.publishEvent(new ApiOriginsChanged());
    }

    /** Removes the origin (written as listed, or any way that normalises to it); nothing happens if absent. */
    @Transactional
    public void remove(String origin) {
        String normalised;
        try {
            normalised = ApiOrigins.normalise(origin);
        } catch (ApiOriginRejected notAnOrigin) {
            normalised = origin == null ? "" : origin.strip();
        }
        if (origins.delete(normalised) > 0) {
            publisher.publishEvent(new ApiOriginsChanged());
        }
    }

    /**
     * The allowed origins as held in memory (reloaded on every change, on every node): also the sites
     * that may show a day's public page or form in a frame.
     */
    @Override
    public Set<String> current() {
        var allowed = cache;
        return allowed != null ? allowed : load();
    }

    /** Whether a browser page of this origin (the Origin header, as sent) may call the public API. */
    public boolean allowed(String origin) {
        if (origin == null || origin.isBlank()) {
            return false;
        }
        var allowed = cache;
        if (allowed == null) {
            allowed = load();
        }
        return allowed.contains(ApiOrigins.ANY) || allowed.contains(origin.strip().toLowerCase(Locale.ROOT));
    }

    private synchronized Set<String> load() {
        if (cache == null) {
            cache = Set.copyOf(origins.all());
        }
        return cache;
    }

    @Scheduled(fixedDelayString = "${journees.api.origins-reload-every:PT2S}")
    synchronized void reloadChangesOfOtherNodes() {
        if (cache != null) {
            cache = Set.copyOf(origins.all());
        }
    }

    /** After the change committed: a reload running meanwhile waits for the lock, then this one reads the new rows. */
    @TransactionalEventListener
    public synchronized void reload(ApiOriginsChanged changed) {
        cache = Set.copyOf(origins.all());
    }
}
