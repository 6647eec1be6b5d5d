package fr.journees.registration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Registrations for one event queue up in memory, in arrival order, before taking the event's row lock.
 * The row lock stays the rule (it holds across several application instances); the queue only spares
 * the connection pool: a request waiting here holds no database connection, so in a rush the waiting
 * requests do not take every connection away from those reading the day or answering other pages.
 */
@Component
class EventQueues {

    private final Map<Long, ReentrantLock> queues = new ConcurrentHashMap<>();

    <T> T inLine(long eventId, Supplier<T> work) {
        var queue = queues.computeIfAbsent(eventId, id -> new ReentrantLock(true));
        queue.lock();
        try {
            return work.get();
        } finally {
            queue.unlock();
        }
    }
}
