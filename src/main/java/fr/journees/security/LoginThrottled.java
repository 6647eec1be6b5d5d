package fr.journees.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused before its password was checked, because of too many recent failures. */
public class LoginThrottled extends AuthenticationException {

    private final Duration wait;

    LoginThrottled(Duration wait) {
        super("Too many failed logins; wait " + wait);
        this.wait = wait;
    }

    /** Rounded up to whole minutes, for the message. */
    public long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
