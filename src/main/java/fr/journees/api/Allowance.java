package fr.journees.api;

import java.time.Duration;
import java.util.Optional;

/** A per-minute allowance of requests per client: in memory on one node, or counted in the database for several. */
interface Allowance {

    int perMinute();

    /** Takes one request from the client's allowance, or says how long until one is available. */
    Optional<Duration> take(String client);

    /** Requests the client may still send right now. */
    int remaining(String client);
}
