package fr.journees.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpSessionEvent;

/** An anonymous visitor's session lives minutes, a logged-in one the back-office's hours. */
class AnonymousSessionsTest {

    final AnonymousSessions sessions = new AnonymousSessions(Duration.ofMinutes(15), Duration.ofHours(8));

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_new_session_is_short_lived_until_its_owner_logs_in() {
        var session = new MockHttpSession();
        sessions.sessionCreated(new HttpSessionEvent(session));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(15 * 60);

        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        sessions.loggedIn(new InteractiveAuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("orga", null, java.util.List.of()), getClass()));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(8 * 3600);
    }
}
