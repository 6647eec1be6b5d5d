package fr.journees.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CSRF protection of the public forms without a session (so without a token kept anywhere): a form
 * posted from another site is refused by what every current browser says of the request — Sec-Fetch-Site
 * when sent (only same-origin or a typed address pass), otherwise an Origin that must name this host. A
 * request with neither comes from a program, not from a victim's browser, and passes.
 */
final class CrossOriginProtection extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossOriginProtection.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> ALLOWED_SITES = Set.of("same-origin", "none");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return SAFE.contains(request.getMethod()) || !(path.startsWith("/e/") || path.startsWith("/r/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossOrigin(request)) {
            log.warn("Cross-origin {} {} refused (Origin {}, Sec-Fetch-Site {})", request.getMethod(),
                    request.getRequestURI(), request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("Formulaire envoyé depuis un autre site : refusé.\n"
                    + "Form sent from another website: refused.\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossOrigin(HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !ALLOWED_SITES.contains(site);
        }
        var origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        if ("null".equals(origin)) {
            return true;
        }
        try {
            var host = request.getHeader("Host");
            var uri = URI.create(origin);
            var authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host == null || !host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
