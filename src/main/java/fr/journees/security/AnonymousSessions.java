package fr.journees.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * A session costs heap (Vaadin keeps its UI state there): a visitor who never logs in keeps one for a short
 * idle time only — an open tab stays alive through Vaadin's heartbeat — and a login gives the session the
 * back-office's full timeout. So a crowd of anonymous visitors cannot hold memory for hours.
 */
@Component
class AnonymousSessions implements HttpSessionListener {

    private final int anonymousSeconds;
    private final int loggedInSeconds;

    AnonymousSessions(@Value("${journees.session.anonymous-timeout:PT15M}") Duration anonymous,
                      @Value("${server.servlet.session.timeout:PT8H}") Duration loggedIn) {
        this.anonymousSeconds = (int) anonymous.toSeconds();
        this.loggedInSeconds = (int) loggedIn.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(anonymousSeconds);
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setMaxInactiveInterval(loggedInSeconds);
            }
        }
    }

    int anonymousSeconds() {
        return anonymousSeconds;
    }
}
