package fr.journees.base.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When an in-memory map of per-address state (rate limits) may be swept of what it no longer needs: once
 * it holds more than a threshold, and then at most once per period. Sweeping at every request above the
 * threshold made each request walk the whole map: a rush from tens of thousands of addresses (every phone
 * has its own behind a reverse proxy) slowed every request down with the number of addresses seen.
 */
public final class Sweeps {

    private final int above;
    private final long periodNanos;
    private final AtomicLong next = new AtomicLong();
    private final AtomicBoolean first = new AtomicBoolean(true);

    public Sweeps(int above, Duration period) {
        this.above = above;
        this.periodNanos = period.toNanos();
    }

    /** Whether the caller should sweep now (one caller wins per period), on a nanosecond clock. */
    public boolean due(int size, long nowNanos) {
        if (size <= above) {
            return false;
        }
        if (first.get() && first.compareAndSet(true, false)) {
            next.set(nowNanos + periodNanos);
            return true;
        }
        long at = next.get();
        return nowNanos - at >= 0 && next.compareAndSet(at, nowNanos + periodNanos);
    }
}
