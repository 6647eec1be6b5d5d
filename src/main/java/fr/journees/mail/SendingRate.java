package fr.journees.mail;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code perMinute} mails in any sliding minute from this node, so that a message to a whole
 * day does not make the SMTP relay refuse or flag the site. A mail with no room now stays due in the
 * outbox and goes with a later turn of the scheduler.
 */
final class SendingRate {

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final int perMinute;
    private final Deque<Long> sent = new ArrayDeque<>();

    SendingRate(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("journees.mail.max-per-minute must be at least 1");
        }
        this.perMinute = perMinute;
    }

    /** Takes one place in the current minute; false when the minute is full. */
    synchronized boolean tryAcquire(long nowNanos) {
        forgetOlderThanAMinute(nowNanos);
        if (sent.size() >= perMinute) {
            return false;
        }
        sent.addLast(nowNanos);
        return true;
    }

    /** How many mails may still go in the current minute. */
    synchronized int room(long nowNanos) {
        forgetOlderThanAMinute(nowNanos);
        return perMinute - sent.size();
    }

    private void forgetOlderThanAMinute(long nowNanos) {
        while (!sent.isEmpty() && nowNanos - sent.peekFirst() >= WINDOW_NANOS) {
            sent.removeFirst();
        }
    }
}
