package fr.journees.base.jobs;

import java.time.Duration;

/**
 * A scheduled job runs on one application node at a time: the node that takes the lease runs it, the
 * others skip that turn. A lease lasts until it is released or its time is up (a node that died).
 */
public interface JobLease {

    /** True when this node now holds the lease of {@code job} for at most {@code duration}. */
    boolean tryTake(String job, Duration duration);

    /** Gives the lease back early (only if this node holds it). */
    void release(String job);
}
