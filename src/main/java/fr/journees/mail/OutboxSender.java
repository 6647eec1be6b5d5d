package fr.journees.mail;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import jakarta.annotation.PreDestroy;

/**
 * Delivers pending mails: right after the queuing transaction commits (on its own thread, so the
 * participant never waits for SMTP), and again on a schedule for those that failed, with a growing
 * delay (1, 2, 4… minutes, at most an hour) up to {@link #MAX_ATTEMPTS}. A failure only marks the mail;
 * whatever it announces was committed before. No more than journees.mail.max-per-minute leave this node in
 * a minute ({@link SendingRate}); the rest wait, due, for the next turns.
 */
@Component
class OutboxSender {

    static final int MAX_ATTEMPTS = 8;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration SENDING_LEASE = Duration.ofMinutes(10);

    private final MailRepository outbox;
    private final ObjectProvider<JavaMailSender> smtp;
    private final String from;
    private final SendingRate rate;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "mail-outbox");
        thread.setDaemon(true);
        return thread;
    });

    OutboxSender(MailRepository outbox, ObjectProvider<JavaMailSender> smtp,
                 @Value("${journees.mail.from:Journées <no-reply@journees.invalid>}") String from,
                 @Value("${journees.mail.max-per-minute:120}") int maxPerMinute) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.from = from;
        this.rate = new SendingRate(maxPerMinute);
    }

    @TransactionalEventListener
    void afterCommit(MailQueued queued) {
        var sender = smtp.getIfAvailable();
        if (sender != null) {
            executor.execute(() -> {
                if (rate.tryAcquire(System.nanoTime())) {
                    deliver(queued.mailId(), sender);
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "${journees.mail.retry-every:PT30S}", initialDelayString = "PT20S")
    void retryDue() {
        var sender = smtp.getIfAvailable();
        if (sender != null) {
            sendDue(sender);
        }
    }

    /** Sends the due mails, oldest first, as many as the rate leaves room for; returns how many went out. */
    int sendDue(JavaMailSender sender) {
        int room = Math.min(rate.room(System.nanoTime()), 500);
        int sent = 0;
        for (long id : room <= 0 ? java.util.List.<Long>of() : outbox.due(LocalDateTime.now(), room)) {
            if (!rate.tryAcquire(System.nanoTime())) {
                break;
            }
            if (deliver(id, sender)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends one mail if it is still due and nobody else took it; true when it went out. */
    boolean deliver(long id, JavaMailSender sender) {
        var now = LocalDateTime.now();
        try {
            if (!outbox.claim(id, now, now.plus(SENDING_LEASE))) {
                return false;
            }
            var mail = outbox.byId(id).orElseThrow();
            SmtpDelivery.send(sender, from, mail);
            outbox.markSent(id, LocalDateTime.now());
            return true;
        } catch (Exception e) {
            log.warn("Sending mail {} failed; it stays in the outbox", id, e);
            var attempts = outbox.byId(id).map(OutboxMail::attempts).orElse(0) + 1;
            boolean giveUp = attempts >= MAX_ATTEMPTS;
            try {
                outbox.markFailure(id, e.toString(), giveUp ? null : now.plus(backoff(attempts)), giveUp);
            } catch (RuntimeException marking) {
                log.error("Could not record the failure of mail {}", id, marking);
            }
            return false;
        }
    }

    static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
