package fr.journees.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import fr.journees.apiaccess.ApiKeyService;
import fr.journees.apiaccess.ApiOriginService;

/**
 * The API's own filter chain, in front of the back-office's: no session, no CSRF (no cookie is ever
 * used), CORS for the public endpoints, organiser keys for the registrations of an event, rate limits
 * for everyone. The OpenAPI description and its browsable page are public.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String[] KEY_ENDPOINTS = {"/api/v1/events/*/registrations", "/api/v1/events/*/registrations.csv",
            "/api/v1/events/*/registrations.xlsx"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, Problems problems, ApiKeyService keys,
                                       ApiOriginService origins,
                                       @Value("${journees.api.requests-per-minute-per-ip:120}") int perIp,
                                       @Value("${journees.api.requests-per-minute-per-key:600}") int perKey)
            throws Exception {
        var rateLimits = new RateLimitFilter(new RateLimiter(perIp, System::nanoTime),
                new RateLimiter(perKey, System::nanoTime), problems);
        var keyFilter = new ApiKeyFilter(keys);
        http.securityMatcher("/api/**")
                .cors(cors -> cors.configurationSource(new ApiCors(origins)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            boolean refused = request.getAttribute(ApiKeyFilter.INVALID_KEY_ATTRIBUTE) != null;
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(response, request, HttpStatus.UNAUTHORIZED,
                                    refused ? "key_invalid" : "key_required",
                                    refused ? "webapi.error.keyInvalid" : "webapi.error.keyRequired", null);
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(response, request,
                                HttpStatus.FORBIDDEN, "key_forbidden", "webapi.error.keyForbidden", null)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, KEY_ENDPOINTS).hasAuthority(ApiKeyFilter.AUTHORITY)
                        .anyRequest().permitAll())
                .addFilterBefore(keyFilter, AuthorizationFilter.class)
                .addFilterAfter(rateLimits, ApiKeyFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentationFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
