package fr.journees.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Vaadin leaves the login form's POST out of CSRF protection; without it another site can log a visitor
 * into an account of its choosing (login CSRF). The login form sends the page's token (vaadin-login-form
 * reads it from the page), so it is checked here against the one kept in the session.
 */
class LoginCsrfFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginCsrfFilter.class);

    private static final java.util.Set<String> SAFE = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final String loginPath;
    private final CsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    LoginCsrfFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod())
                && (request.getContextPath() + loginPath).equals(request.getRequestURI())) {
            var expected = tokens.loadToken(request);
            var presented = expected == null ? null : masked.resolveCsrfTokenValue(request, expected);
            if (presented == null || !MessageDigest.isEqual(expected.getToken().getBytes(StandardCharsets.UTF_8),
                    presented.getBytes(StandardCharsets.UTF_8))) {
                log.warn("Login {} without a valid CSRF token from {}", request.getMethod(), request.getRemoteAddr());
                response.sendRedirect(request.getContextPath() + loginPath + "?error");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
