package fr.journees.chantier;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open restitution boards of an event that its sheets changed, once the change is
 * committed (so that a board re-reading the sheets sees it). Listeners get the sheet's id.
 */
@Component
public class BoardBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(BoardBroadcaster.class);

    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();

    /** Registers a listener for the event's changes; run the returned handle to unregister. */
    public Runnable register(long eventId, LongConsumer listener) {
        listeners.computeIfAbsent(eventId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(eventId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void saved(SheetSaved saved) {
        for (var listener : listeners.getOrDefault(saved.eventId(), Set.of())) {
            try {
                listener.accept(saved.sheetId());
            } catch (RuntimeException e) {
                LOG.warn("A board listener failed", e);
            }
        }
    }
}
