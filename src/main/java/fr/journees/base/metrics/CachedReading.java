package fr.journees.base.metrics;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read from the database at most once per period, for gauges: Prometheus scrapes every few
 * seconds, from every node, and a count must not cost a query each time. A failed read is not kept, so
 * the next scrape tries again (and the gauge shows no value meanwhile).
 */
public final class CachedReading<T> implements Supplier<T> {

    /** How long a gauge's reading stays: about two scrapes of a usual Prometheus set-up. */
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(30);

    private final Supplier<T> source;
    private final long periodNanos;
    private final LongSupplier clock;
    private T value;
    private long readAt;

    public CachedReading(Supplier<T> source, Duration period) {
        this(source, period, System::nanoTime);
    }

    CachedReading(Supplier<T> source, Duration period, LongSupplier clock) {
        this.source = source;
        this.periodNanos = period.toNanos();
        this.clock = clock;
    }

    @Override
    public synchronized T get() {
        long now = clock.getAsLong();
        if (value == null || now - readAt >= periodNanos) {
            value = null;
            value = source.get();
            readAt = now;
        }
        return value;
    }
}
