package fr.journees.security;

import java.io.IOException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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
 * Framing is this filter's alone: same origin everywhere, except a day's page and form for the partners' sites.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String CSP_WITHOUT_FRAMING = String.join("; ",
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
            "form-action 'self'");
    static final String CSP = CSP_WITHOUT_FRAMING + "; frame-ancestors 'self'";
    /** A day's page and its form, which organisers may put on their own website (Accès API's origins). */
    private static final Pattern EMBEDDABLE = Pattern.compile("/e/[^/]+(/inscription)?");

    private final Supplier<Set<String>> framingOrigins;

    SecurityHeaders(Supplier<Set<String>> framingOrigins) {
        this.framingOrigins = framingOrigins;
    }

    static final long HSTS_SECONDS = 365L * 24 * 3600;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (EMBEDDABLE.matcher(path).matches()) {
            response.setHeader("Content-Security-Policy", CSP_WITHOUT_FRAMING + "; " + frameAncestors(framingOrigins.get()));
        } else {
            response.setHeader("Content-Security-Policy", CSP);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Nothing of a personal page's address (its token) may reach another site; elsewhere, only within ours.
        response.setHeader("Referrer-Policy", path.startsWith("/r/") ? "no-referrer" : "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_SECONDS + "; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    /** 'self' and the listed origins; {@code *} lets any website frame these pages, as the organiser chose. */
    static String frameAncestors(Set<String> origins) {
        if (origins.contains("*")) {
            return "frame-ancestors *";
        }
        var ancestors = new StringBuilder("frame-ancestors 'self'");
        origins.stream().sorted().filter(o -> o.matches("https?://[a-z0-9.:\\-\\[\\]]+"))
                .forEach(o -> ancestors.append(' ').append(o));
        return ancestors.toString();
    }
}
