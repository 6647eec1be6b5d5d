package fr.journees.api;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.journees.apiaccess.ApiClient;
import fr.journees.apiaccess.ApiKeyService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads an organiser key from {@code Authorization: Bearer jrn_…} or {@code X-Api-Key}. A valid key
 * authenticates the request as that key's client; a refused one is remembered so that a protected
 * endpoint can say "invalid key" rather than "key required". Public endpoints ignore keys.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String INVALID_KEY_ATTRIBUTE = ApiKeyFilter.class.getName() + ".invalid";
    static final String AUTHORITY = "API_KEY";
    private static final String BEARER = "Bearer ";

    private final ApiKeyService keys;

    ApiKeyFilter(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var presented = presentedKey(request);
        if (presented != null) {
            var client = keys.authenticate(presented);
            if (client.isPresent()) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new KeyAuthentication(client.get()));
                SecurityContextHolder.setContext(context);
                request.setAttribute(RateLimitFilter.CLIENT_ATTRIBUTE, "key:" + client.get().keyId());
            } else {
                request.setAttribute(INVALID_KEY_ATTRIBUTE, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }

    private static String presentedKey(HttpServletRequest request) {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        var header = request.getHeader("X-Api-Key");
        return header == null ? null : header.strip();
    }

    /** The request's authentication when it carries a valid key; its principal is the {@link ApiClient}. */
    static final class KeyAuthentication extends AbstractAuthenticationToken {

        private final ApiClient client;

        KeyAuthentication(ApiClient client) {
            super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ApiClient getPrincipal() {
            return client;
        }
    }
}
