package fr.journees.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of every back-office and public page, set before the page is made: Vaadin writes its pages
 * past the response wrapper of Spring Security's own header writer, which then never adds them. The
 * Content-Security-Policy is what Vaadin Flow needs and no more: its bootstrap script and Lumo's styles
 * are inline, push uses the same origin, PDF previews and QR codes are same-origin, data or blob resources.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self' blob:",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");
    static final long HSTS_SECONDS = 365L * 24 * 3600;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Nothing of a personal page's address (its token) may reach another site; elsewhere, only within ours.
        var path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Referrer-Policy", path.startsWith("/r/") ? "no-referrer" : "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_SECONDS + "; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
