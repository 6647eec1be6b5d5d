package fr.journees.base.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hits counted in fixed time windows in the database, so that every application node sees the same
 * count (rate limits that hold across nodes). One statement a hit; windows older than a day are deleted.
 */
@Component
public class SharedCounters {

    private final SharedCountersRepository counters;
    private final Clock clock;

    SharedCounters(SharedCountersRepository counters) {
        this.counters = counters;
        this.clock = Clock.systemUTC();
    }

    /** Counts one hit of {@code name} in the current window of that length; returns the window's hits and end. */
    public Window hit(String name, Duration window) {
        var start = windowStart(window);
        long hits = counters.hit(name, LocalDateTime.ofInstant(start, ZoneOffset.UTC));
        return new Window(hits, start.plus(window));
    }

    /** The hits of the current window, without counting one. */
    public Window peek(String name, Duration window) {
        var start = windowStart(window);
        return new Window(counters.hits(name, LocalDateTime.ofInstant(start, ZoneOffset.UTC)), start.plus(window));
    }

    public Instant now() {
        return clock.instant();
    }

    private Instant windowStart(Duration window) {
        long millis = window.toMillis();
        return Instant.ofEpochMilli(clock.millis() / millis * millis);
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldWindows() {
        counters.deleteBefore(LocalDateTime.ofInstant(clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC));
    }

    public record Window(long hits, Instant ends) {
    }
}
