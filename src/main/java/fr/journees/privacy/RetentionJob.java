package fr.journees.privacy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.journees.base.jobs.JobLease;
import fr.journees.mail.MailService;
import fr.journees.registration.RegistrationService;

/**
 * Anonymises the registrations of every day past its retention period and purges that day's mails from
 * the outbox. Runs on one node at a time (the lease), and is idempotent: a second run finds nothing
 * left and changes nothing. Every run is logged in numbers, and so is each day it changed.
 */
@Component
public class RetentionJob {

    static final String JOB = "privacy-retention";
    static final String ACTOR = "retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final PrivacyService privacy;
    private final RegistrationService registrations;
    private final MailService mails;
    private final JobLease lease;

    RetentionJob(PrivacyService privacy, RegistrationService registrations, MailService mails, JobLease lease) {
        this.privacy = privacy;
        this.registrations = registrations;
        this.mails = mails;
        this.lease = lease;
    }

    @Scheduled(cron = "${journees.privacy.retention-cron:0 17 3 * * *}")
    void nightly() {
        run(LocalDate.now());
    }

    /** Empty when another node holds the lease (it is doing the work). */
    public Optional<RetentionReport> run(LocalDate today) {
        if (!lease.tryTake(JOB, Duration.ofHours(1))) {
            log.info("Retention: another node is running it");
            return Optional.empty();
        }
        try {
            int days = 0;
            int rows = 0;
            int purged = 0;
            for (long eventId : privacy.daysDue(today)) {
                int anonymised = registrations.anonymiseDay(eventId);
                int deleted = mails.purgeEvent(eventId);
                if (anonymised + deleted > 0) {
                    privacy.log(ACTOR, PrivacyAction.ANONYMISED_DAY, eventId, anonymised, deleted);
                    days++;
                    rows += anonymised;
                    purged += deleted;
                }
            }
            var report = new RetentionReport(days, rows, purged);
            privacy.log(ACTOR, PrivacyAction.RETENTION_RUN, null, rows, purged);
            log.info("Retention: {} day(s) anonymised, {} registration(s), {} mail(s) purged", days, rows, purged);
            return Optional.of(report);
        } finally {
            lease.release(JOB);
        }
    }
}
