package fr.journees.registration;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.journees.registration.RegistrationRejected.Reason;

/**
 * The only way into a transaction that takes or frees a place. Each attempt is a new transaction
 * (never the caller's, whose snapshot may be older than the last commit), at READ COMMITTED, whose first
 * statement writes the event's registration ledger row: that is the lock, held until commit. Only then
 * are the event, its groups and the counts read, and the work runs on them. So every decision sees every
 * committed change, whatever was read before, and on a multi-primary cluster two decisions on the same
 * day always conflict. A deadlock, a lock wait timeout or a certification failure (1213 at commit) is
 * retried a few times in a fresh transaction: under a rush that is a normal outcome, not an error.
 */
@Component
class LockedTransactions {

    /** On one server a conflict is rare; on a multi-primary cluster, under a rush split across nodes, it is the rule. */
    static final int ATTEMPTS = 25;
    private static final long LONGEST_PAUSE_MS = 250;
    private static final Logger log = LoggerFactory.getLogger(LockedTransactions.class);

    private final TransactionTemplate template;
    private final SeatsRepository seats;
    private final Map<Long, ReentrantLock> localLocks = new ConcurrentHashMap<>();
    private final RegistrationMetrics metrics;

    LockedTransactions(PlatformTransactionManager transactions, SeatsRepository seats, RegistrationMetrics metrics) {
        this.metrics = metrics;
        this.template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.seats = seats;
    }

    <T> T run(long eventId, Function<LockedDay, T> work) {
        var local = localLock(eventId);
        local.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return template.execute(status -> work.apply(lock(eventId)));
                } catch (RuntimeException e) {
                    if (attempt >= ATTEMPTS || !lockConflict(e)) {
                        throw e;
                    }
                    log.debug("Lock conflict on event {}, attempt {} of {}", eventId, attempt, ATTEMPTS, e);
                    metrics.lockRetried();
                    pause(attempt);
                }
            }
        } finally {
            local.unlock();
        }
    }

    /** Runs {@code work} as this node's only holder of the day, outside any transaction: see {@link GroupCommit}. */
    void holdingTheDay(long eventId, Runnable work) {
        var local = localLock(eventId);
        local.lock();
        try {
            work.run();
        } finally {
            local.unlock();
        }
    }

    /** How many requests of this node wait for the day while another holds it (a rush shows here first). */
    int waiting(long eventId) {
        var local = localLocks.get(eventId);
        return local == null ? 0 : local.getQueueLength();
    }

    private ReentrantLock localLock(long eventId) {
        // The database's lock is the one that counts; this one only keeps this node's requests for the same
        // day from queueing inside the database, each holding a connection (and, on a cluster, from being
        // aborted together by one write of another node). It adds no rule and no shared state.
        return localLocks.computeIfAbsent(eventId, id -> new ReentrantLock(true));
    }

    private LockedDay lock(long eventId) {
        if (!seats.lock(eventId)) {
            throw new RegistrationRejected(Reason.NOT_FOUND);
        }
        var event = seats.lockedEvent(eventId).orElseThrow(() -> new RegistrationRejected(Reason.NOT_FOUND));
        return new LockedDay(event, seats.capacities(event));
    }

    static boolean lockConflict(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    /** A random pause growing exponentially (2, 4, 8… ms, at most a quarter of a second), so that rivals drift apart. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(LONGEST_PAUSE_MS, 2L << Math.min(attempt, 10))));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
