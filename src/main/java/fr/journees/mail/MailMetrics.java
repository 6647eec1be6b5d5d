package fr.journees.mail;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.journees.base.metrics.CachedReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox as Prometheus sees it, journees_mails{state=…}: queued (waiting to be sent), retrying (queued
 * after at least one failed attempt), failed (given up after every attempt) and kept (no SMTP server). One
 * grouped count on the outbox's status index, at most twice a minute per node.
 */
@Component
class MailMetrics {

    enum State { QUEUED, RETRYING, FAILED, KEPT }

    MailMetrics(MeterRegistry meters, MailRepository outbox) {
        var counts = new CachedReading<Map<State, Integer>>(outbox::countsByState, CachedReading.DEFAULT_PERIOD);
        for (var state : State.values()) {
            Gauge.builder("journees.mails", counts, c -> c.get().getOrDefault(state, 0))
                    .description("Mails of the outbox by state").tag("state", state.name().toLowerCase(Locale.ROOT))
                    .strongReference(true).register(meters);
        }
    }
}
