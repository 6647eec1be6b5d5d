package fr.journees.messaging;

import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.journees.base.jobs.JobLease;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;

/**
 * Sends the reminders and thank-yous that are due, on one node at a time (the lease). The lease saves
 * work; what makes each mail go once is the row {@link ScheduledMailsService} inserts with it, so a run
 * on a second node whose lease ran out, or after a restart, sends nothing twice.
 */
@Component
class ScheduledMailsJob {

    static final String JOB = "messaging-scheduled-mails";
    private static final Logger log = LoggerFactory.getLogger(ScheduledMailsJob.class);

    private final ScheduledMailsService scheduled;
    private final EventService events;
    private final JobLease lease;

    ScheduledMailsJob(ScheduledMailsService scheduled, EventService events, JobLease lease) {
        this.scheduled = scheduled;
        this.events = events;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${journees.messaging.scheduled-every:PT10M}", initialDelayString = "PT1M")
    void everyFewMinutes() {
        run(LocalDate.now());
    }

    /** How many mails were queued; empty when another node holds the lease. */
    OptionalInt run(LocalDate today) {
        if (!lease.tryTake(JOB, Duration.ofMinutes(30))) {
            return OptionalInt.empty();
        }
        try {
            int queued = 0;
            for (var day : events.heldBetween(today.minusDays(ScheduledMailsService.THANKS_WINDOW_DAYS),
                    today.plusDays(30))) {
                if (day.status() == EventStatus.ARCHIVED) {
                    continue;
                }
                for (var kind : ScheduledMailKind.values()) {
                    queued += scheduled.sendDue(day.id(), kind, today);
                }
            }
            if (queued > 0) {
                log.info("Scheduled mails: {} queued", queued);
            }
            return OptionalInt.of(queued);
        } finally {
            lease.release(JOB);
        }
    }
}
