package fr.journees.chantier;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open restitution boards of an event that its sheets changed, once the change is
 * committed (so that a board re-reading the sheets sees it). Listeners get the sheet's id, or
 * {@link #SOME_SHEET} when the change came from another application node: every second, each node
 * compares a fingerprint of the sheets of the events it shows with the database's.
 */
@Component
public class BoardBroadcaster {

    public static final long SOME_SHEET = -1;
    private static final Logger LOG = LoggerFactory.getLogger(BoardBroadcaster.class);

    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, String> stamps = new ConcurrentHashMap<>();
    private final ChantierRepository sheets;

    BoardBroadcaster(ChantierRepository sheets) {
        this.sheets = sheets;
    }

    /** Registers a listener for the event's changes; run the returned handle to unregister. */
    public Runnable register(long eventId, LongConsumer listener) {
        stamps.computeIfAbsent(eventId, sheets::boardStamp);
        listeners.computeIfAbsent(eventId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(eventId, (id, set) -> {
            set.remove(listener);
            if (set.isEmpty()) {
                stamps.remove(eventId);
            }
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void saved(SheetSaved saved) {
        stamps.computeIfPresent(saved.eventId(), (eventId, stamp) -> sheets.boardStamp(eventId));
        tell(saved.eventId(), saved.sheetId());
    }

    /** Changes committed through other nodes (or by anything that did not announce them) reach the boards here. */
    @Scheduled(fixedDelayString = "${journees.board.poll-every:PT1S}")
    void pollOtherNodes() {
        for (var eventId : listeners.keySet()) {
            try {
                var now = sheets.boardStamp(eventId);
                var before = stamps.put(eventId, now);
                if (before != null && !before.equals(now)) {
                    tell(eventId, SOME_SHEET);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not poll the sheets of event {}", eventId, e);
            }
        }
    }

    private void tell(long eventId, long sheetId) {
        for (var listener : listeners.getOrDefault(eventId, Set.of())) {
            try {
                listener.accept(sheetId);
            } catch (RuntimeException e) {
                LOG.warn("A board listener failed", e);
            }
        }
    }
}
