package fr.journees.registration;

/**
 * Proof that the current transaction holds the registration lock of one event, and what was read after
 * taking it: the event and its places. Only {@link LockedTransactions} makes one, after the lock was the
 * transaction's first statement; every repository method that takes or frees a place asks for one, so
 * that a seat cannot be written outside the lock, nor for a registration of another event.
 */
final class LockedDay {

    private final LockedEvent event;
    private final Capacities capacities;

    LockedDay(LockedEvent event, Capacities capacities) {
        this.event = event;
        this.capacities = capacities;
    }

    LockedEvent event() {
        return event;
    }

    long eventId() {
        return event.id();
    }

    Capacities capacities() {
        return capacities;
    }
}
