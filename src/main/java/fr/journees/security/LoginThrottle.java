package fr.journees.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of failed logins. An e-mail with too many recent failures, or an address with too many,
 * is locked for a while after its last failure; the e-mail need not be an account's, so the lock says
 * nothing about who has one. Attempts refused during a lock are not counted: a stranger cannot keep
 * an organiser locked out for ever, and an organiser can lift the lock at once.
 */
@Service
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int perEmail;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(LoginFailureRepository failures, ObjectProvider<Clock> clock,
                  @Value("${journees.login.failures-per-account:5}") int perEmail,
                  @Value("${journees.login.failures-per-address:20}") int perAddress,
                  @Value("${journees.login.lock:PT15M}") Duration window) {
        this.failures = failures;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.perEmail = perEmail;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** How long this e-mail, or this address, must still wait before a password is even checked. */
    @Transactional(readOnly = true)
    public Optional<Duration> lockedFor(String email, String address) {
        var now = now();
        var byEmail = wait(failures.forEmail(normalise(email), now.minus(window)), perEmail, now);
        var byAddress = wait(failures.forAddress(address(address), now.minus(window)), perAddress, now);
        return byEmail.isPresent() && byAddress.isPresent()
                ? Optional.of(byEmail.get().compareTo(byAddress.get()) > 0 ? byEmail.get() : byAddress.get())
                : byEmail.or(() -> byAddress);
    }

    /** Until when the account of this e-mail is locked, for the organisers' accounts list. */
    @Transactional(readOnly = true)
    public Optional<LocalDateTime> lockedUntil(String email) {
        var now = now();
        return wait(failures.forEmail(normalise(email), now.minus(window)), perEmail, now).map(now::plus);
    }

    @Transactional
    public void failed(String email, String address) {
        var now = now();
        failures.insert(normalise(email), address(address), now);
        if (lockedFor(email, address).isPresent()) {
            log.warn("Login locked for {} after repeated failures (from {})", normalise(email), address(address));
        }
    }

    @Transactional
    public void succeeded(String email) {
        failures.deleteForEmail(normalise(email));
    }

    /** An organiser lets the account try again now. */
    @Transactional
    public void unlock(String actorEmail, String email) {
        if (failures.deleteForEmail(normalise(email)) > 0) {
            log.info("Login of {} unlocked by {}", normalise(email), actorEmail);
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void forgetOldFailures() {
        failures.deleteBefore(now().minus(window));
    }

    private Optional<Duration> wait(LoginFailureRepository.Recent recent, int limit, LocalDateTime now) {
        if (recent.count() < limit || recent.latest().isEmpty()) {
            return Optional.empty();
        }
        var wait = Duration.between(now, recent.latest().get().plus(window));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String normalise(String email) {
        var normalised = AccountService.normaliseEmail(email);
        if (normalised == null || normalised.isEmpty()) {
            return "-";
        }
        return normalised.length() > 320 ? normalised.substring(0, 320) : normalised;
    }

    private static String address(String address) {
        if (address == null || address.isBlank()) {
            return "-";
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
