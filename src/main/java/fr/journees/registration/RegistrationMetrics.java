package fr.journees.registration;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import fr.journees.base.metrics.CachedReading;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The registration feature's Prometheus metrics: counters bumped where things happen (an increment, no
 * query) and the waiting list read from the database at most twice a minute per node.
 */
@Component
class RegistrationMetrics {

    private final MeterRegistry meters;
    private final Counter lockRetries;
    /** Looked up once: a builder and a registry lookup per registration showed in a rush's allocations. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    RegistrationMetrics(MeterRegistry meters, RegistrationCountsRepository counts) {
        this.meters = meters;
        this.lockRetries = Counter.builder("journees.registration.lock.retries")
                .description("Seat decisions tried again after a deadlock, lock timeout or cluster conflict")
                .register(meters);
        var waiting = new CachedReading<>(counts::waitingForDaysToCome, CachedReading.DEFAULT_PERIOD);
        Gauge.builder("journees.waitlist.size", waiting, w -> w.get().doubleValue())
                .description("People on the waiting lists of the days to come").strongReference(true).register(meters);
        for (var outcome : RegistrationStatus.values()) {
            if (outcome != RegistrationStatus.CANCELLED) {
                registrations(outcome.name(), "none");
            }
        }
        for (var answer : CheckinOutcome.Answer.values()) {
            checkins(answer);
        }
    }

    /** Counts what a new registration came to: confirmed, waitlisted, or refused and why. */
    RegistrationOutcome counted(Supplier<RegistrationOutcome> registration) {
        try {
            var outcome = registration.get();
            registrations(outcome.status().name(), "none").increment();
            return outcome;
        } catch (RegistrationRejected rejected) {
            registrations("refused", rejected.reason().name()).increment();
            throw rejected;
        }
    }

    void lockRetried() {
        lockRetries.increment();
    }

    CheckinOutcome counted(CheckinOutcome checkin) {
        checkins(checkin.answer()).increment();
        return checkin;
    }

    private Counter registrations(String outcome, String reason) {
        return counters.computeIfAbsent("registrations|" + outcome + "|" + reason, key -> Counter
                .builder("journees.registrations").description("New registrations by outcome")
                .tag("outcome", outcome.toLowerCase(Locale.ROOT)).tag("reason", reason.toLowerCase(Locale.ROOT))
                .register(meters));
    }

    private Counter checkins(CheckinOutcome.Answer answer) {
        return counters.computeIfAbsent("checkins|" + answer, key -> Counter.builder("journees.checkins")
                .description("Badges scanned and names tapped at the door, by answer")
                .tag("answer", answer.name().toLowerCase(Locale.ROOT)).register(meters));
    }
}
