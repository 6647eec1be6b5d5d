package fr.journees.api;

import java.time.Duration;

/** A client over its allowance; it may try again after {@link #retryAfter()}. */
class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    TooManyRequests(Duration retryAfter) {
        super("Too many requests");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
