package fr.journees.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.journees.base.EmailAddresses;
import jakarta.annotation.PreDestroy;

/**
 * "Lien perdu": at most a few requests per e-mail and per address an hour, counted in the database so
 * that every node agrees. The answer takes the same time whether or not the e-mail is registered: the
 * request only counts and records itself; looking the e-mail up and queuing the mail happen after
 * commit, on another thread.
 */
@Service
public class LostLinkRequests {

    public enum Answer { ACCEPTED, TOO_MANY }

    private static final Logger log = LoggerFactory.getLogger(LostLinkRequests.class);
    private static final Duration WINDOW = Duration.ofHours(1);

    private final LostLinkRepository requests;
    private final RegistrationService registrations;
    private final int perEmail;
    private final int perAddress;
    private final AtomicInteger pending = new AtomicInteger();
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000), Thread.ofPlatform().daemon().name("lost-link").factory(),
            (task, pool) -> {
                pending.decrementAndGet();
                log.warn("Lost-link queue full: a request was dropped");
            });

    LostLinkRequests(LostLinkRepository requests, RegistrationService registrations,
                     @Value("${journees.registration.lost-link-per-email-per-hour:3}") int perEmail,
                     @Value("${journees.registration.lost-link-per-address-per-hour:10}") int perAddress) {
        this.requests = requests;
        this.registrations = registrations;
        this.perEmail = perEmail;
        this.perAddress = perAddress;
    }

    /**
     * Records the request and, within the limits, sends the personal link again after commit if the e-mail
     * is registered. An address over its allowance is told so; an e-mail over its allowance is not (that
     * would say it was asked for), it just gets no more mail this hour.
     */
    @Transactional
    public Answer request(long eventId, String email, String address) {
        var now = LocalDateTime.now();
        var from = address == null || address.isBlank() ? "-" : address.substring(0, Math.min(64, address.length()));
        if (requests.countForAddress(from, now.minus(WINDOW)) >= perAddress) {
            log.info("Lost-link requests refused for address {}", from);
            return Answer.TOO_MANY;
        }
        if (email == null || email.isBlank()) {
            return Answer.ACCEPTED;
        }
        var hash = hash(email);
        boolean withinEmailAllowance = requests.countForEmail(eventId, hash, now.minus(WINDOW)) < perEmail;
        requests.insert(eventId, hash, from, now);
        if (withinEmailAllowance) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pending.incrementAndGet();
                    sender.execute(() -> send(eventId, email));
                }
            });
        }
        return Answer.ACCEPTED;
    }

    private void send(long eventId, String email) {
        try {
            registrations.resendLink(eventId, email);
        } catch (RuntimeException e) {
            log.error("Could not send the personal link again for event {}", eventId, e);
        } finally {
            pending.decrementAndGet();
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    public void forgetOldRequests() {
        requests.deleteBefore(LocalDateTime.now().minus(WINDOW));
    }

    /** For tests: waits until the requests accepted so far have been handled. */
    void awaitSent(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }

    private static String hash(String email) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(EmailAddresses.normalise(email).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
