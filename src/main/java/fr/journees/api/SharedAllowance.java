package fr.journees.api;

import java.time.Duration;
import java.util.Optional;

import fr.journees.base.sharing.SharedCounters;

/**
 * The allowance counted in the database in fixed one-minute windows, so that it holds whichever
 * application node a client reaches (one statement a request; chosen by journees.rate-limits.shared).
 */
final class SharedAllowance implements Allowance {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int perMinute;
    private final String scope;
    private final SharedCounters counters;
    /** The count the last take of this thread saw, so that remaining(), asked right after, costs no query. */
    private final ThreadLocal<Seen> lastSeen = new ThreadLocal<>();

    private record Seen(String client, long hits) {
    }

    SharedAllowance(int perMinute, String scope, SharedCounters counters) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be positive");
        }
        this.perMinute = perMinute;
        this.scope = scope;
        this.counters = counters;
    }

    @Override
    public int perMinute() {
        return perMinute;
    }

    @Override
    public Optional<Duration> take(String client) {
        var window = counters.hit(scope + client, MINUTE);
        lastSeen.set(new Seen(client, window.hits()));
        return window.hits() <= perMinute ? Optional.empty()
                : Optional.of(Duration.between(counters.now(), window.ends()));
    }

    @Override
    public int remaining(String client) {
        var seen = lastSeen.get();
        long hits = seen != null && seen.client().equals(client) ? seen.hits()
                : counters.peek(scope + client, MINUTE).hits();
        return (int) Math.max(0, perMinute - hits);
    }
}
