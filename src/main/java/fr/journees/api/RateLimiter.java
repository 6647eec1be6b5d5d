package fr.journees.api;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import fr.journees.base.web.Sweeps;

/**
 * Token buckets in memory, one per client key: each holds up to {@code perMinute} requests and refills
 * continuously, so a client may burst to its allowance and then goes on at its steady rate.
 */
class RateLimiter implements Allowance {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();
    private final Sweeps sweeps = new Sweeps(10_000, Duration.ofSeconds(1));

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be positive");
        }
        this.perMinute = perMinute;
        this.clock = nanoClock;
    }

    @Override
    public int perMinute() {
        return perMinute;
    }

    @Override
    public Optional<Duration> take(String client) {
        long now = clock.getAsLong();
        if (sweeps.due(buckets.size(), now)) {
            buckets.values().removeIf(b -> b.fullAt(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
    }

    @Override
    public int remaining(String client) {
        var bucket = buckets.get(client);
        return bucket == null ? perMinute : bucket.remaining(clock.getAsLong());
    }

    private final class Bucket {
        private final long nanosPerToken = NANOS_PER_MINUTE / perMinute;
        private double tokens = perMinute;
        private long updated;

        Bucket(long now) {
            updated = now;
        }

        synchronized Optional<Duration> take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) ((1 - tokens) * nanosPerToken)));
        }

        synchronized int remaining(long now) {
            refill(now);
            return (int) tokens;
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            tokens = Math.min(perMinute, tokens + (double) (now - updated) / nanosPerToken);
            updated = now;
        }
    }
}
