package fr.journees.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The headers of every back-office and public page. The Content-Security-Policy is what Vaadin Flow
 * needs and no more: its bootstrap script and Lumo's styles are inline, push uses the same origin,
 * PDF previews and QR codes come as same-origin or data/blob resources; nothing is loaded from elsewhere.
 */
final class SecurityHeaders {

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

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>>
            all() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.sameOrigin())
                // Sent only over HTTPS (directly or through the proxy's X-Forwarded-Proto).
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_SECONDS))
                .addHeaderWriter(referrerPolicy());
    }

    /** Nothing of a personal page's address (its token) may reach another site; elsewhere, only within ours. */
    static HeaderWriter referrerPolicy() {
        return (request, response) -> {
            var path = request.getRequestURI().substring(request.getContextPath().length());
            response.setHeader("Referrer-Policy", path.startsWith("/r/") ? "no-referrer" : "same-origin");
        };
    }
}
