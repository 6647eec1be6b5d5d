package fr.journees.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;

/**
 * Group commit for the requests of one day: whoever holds the day's lock on this node takes every request
 * that arrived for that day in the meantime (up to {@link #MOST}) into one locked transaction, so that under
 * a rush one lock, one count and one commit serve many. The work decides for each, in arrival order, on the
 * counts read under the lock, exactly as if they had come one by one; a refusal is a result, not an
 * exception, so that one person's refusal cannot undo the others. If the transaction fails for another
 * reason, each request of the batch runs again alone, and only the one at fault sees the failure.
 * Nobody waits longer than the transaction they joined: a request that arrives while a batch is being
 * written goes into the next one.
 */
final class GroupCommit<A, R> {

    static final int MOST = 50;

    private final LockedTransactions locked;
    private final BiFunction<LockedDay, List<A>, List<R>> work;
    private final Map<Long, Queue<Waiting<A, R>>> waiting = new ConcurrentHashMap<>();

    private record Waiting<A, R>(A arrival, CompletableFuture<R> result) {
    }

    /** {@code work} answers one result per arrival, in the same order, and may run several times (retries). */
    GroupCommit(LockedTransactions locked, BiFunction<LockedDay, List<A>, List<R>> work) {
        this.locked = locked;
        this.work = work;
    }

    R submit(long eventId, A arrival) {
        var mine = new Waiting<A, R>(arrival, new CompletableFuture<>());
        var queue = waiting.computeIfAbsent(eventId, id -> new ConcurrentLinkedQueue<>());
        queue.add(mine);
        locked.holdingTheDay(eventId, () -> {
            while (!mine.result().isDone()) {
                write(eventId, drain(queue));
            }
        });
        return outcome(mine.result());
    }

    private void write(long eventId, List<Waiting<A, R>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            complete(batch, locked.run(eventId, day -> work.apply(day, arrivals(batch))));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().result().completeExceptionally(e);
                return;
            }
            for (var one : batch) {
                try {
                    complete(List.of(one), locked.run(eventId, day -> work.apply(day, List.of(one.arrival()))));
                } catch (RuntimeException alone) {
                    one.result().completeExceptionally(alone);
                }
            }
        }
    }

    private static <A, R> List<Waiting<A, R>> drain(Queue<Waiting<A, R>> queue) {
        var batch = new ArrayList<Waiting<A, R>>();
        for (Waiting<A, R> next; batch.size() < MOST && (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        return batch;
    }

    private static <A, R> List<A> arrivals(List<Waiting<A, R>> batch) {
        return batch.stream().map(Waiting::arrival).toList();
    }

    private static <A, R> void complete(List<Waiting<A, R>> batch, List<R> results) {
        if (results.size() != batch.size()) {
            throw new IllegalStateException("One result per request expected");
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(results.get(i));
        }
    }

    private static <R> R outcome(CompletableFuture<R> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
