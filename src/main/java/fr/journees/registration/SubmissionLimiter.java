package fr.journees.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.journees.base.sharing.SharedCounters;
import fr.journees.base.web.Sweeps;

/**
 * At most N public submissions per IP address per hour: enough to stop a script without a third-party
 * CAPTCHA; a whole office behind one address still gets a generous allowance. In memory on one node;
 * with {@code journees.rate-limits.shared=true} (several application nodes) counted in the database in
 * fixed hours, so that the allowance holds across nodes.
 */
@Component
public class SubmissionLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);
    /** Behind a reverse proxy every phone has its address: forget those quiet for an hour, or the map grows. */
    private final Sweeps sweeps = new Sweeps(10_000, Duration.ofMinutes(1));
    private final int perHour;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final SharedCounters shared;

    SubmissionLimiter(@Value("${journees.registration.submissions-per-ip-per-hour:30}") int perHour,
                      @Value("${journees.rate-limits.shared:false}") boolean sharedAcrossNodes,
                      SharedCounters counters) {
        this.perHour = perHour;
        this.shared = sharedAcrossNodes ? counters : null;
    }

    public boolean allow(String ip) {
        return admit(ip).isEmpty();
    }

    /** Counts a submission from that address, or says how long to wait before the next one is allowed. */
    public Optional<Duration> admit(String ip) {
        if (shared != null) {
            var window = shared.hit("submissions:" + ip, WINDOW);
            return window.hits() <= perHour ? Optional.empty()
                    : Optional.of(Duration.between(shared.now(), window.ends()));
        }
        var now = Instant.now();
        if (sweeps.due(recent.size(), System.nanoTime())) {
            forgetQuietAddresses(now);
        }
        var times = recent.computeIfAbsent(ip, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    private void forgetQuietAddresses(Instant now) {
        recent.values().removeIf(times -> {
            synchronized (times) {
                return times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW));
            }
        });
    }
}
