package fr.journees.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
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
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.journees.apiaccess.ApiKeyService;
import fr.journees.base.web.RequestBodyLimit;
import fr.journees.apiaccess.ApiOriginService;
import fr.journees.base.sharing.SharedCounters;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The API's own filter chain, in front of the back-office's: no session, no CSRF (no cookie is ever
 * used), CORS for the public endpoints, organiser keys for the registrations of an event, rate limits
 * for everyone. The OpenAPI description and its browsable page are public.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String[] KEY_ENDPOINTS = {"/api/v1/events/*/registrations", "/api/v1/events/*/registrations.csv",
            "/api/v1/events/*/registrations.xlsx"};
    /** Read by anyone, with GET or HEAD only. */
    static final String[] PUBLIC_READS = {"/api/v1/events", "/api/v1/events/*", "/api/v1/initiatives",
            "/api/v1/initiatives.csv"};
    /** The personal link's token is the credential of these. */
    static final String PERSONAL = "/api/v1/registrations/*";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, Problems problems, ApiKeyService keys,
                                       ApiOriginService origins,
                                       @Qualifier("requestMappingHandlerMapping")
                                       ObjectProvider<RequestMappingHandlerMapping> mappings,
                                       @Value("${journees.api.requests-per-minute-per-ip:120}") int perIp,
                                       @Value("${journees.api.requests-per-minute-per-key:600}") int perKey,
                                       @Value("${journees.api.max-body-bytes:65536}") long maxBody,
                                       @Value("${journees.rate-limits.shared:false}") boolean sharedAcrossNodes,
                                       SharedCounters counters)
            throws Exception {
        var rateLimits = sharedAcrossNodes
                ? new RateLimitFilter(new SharedAllowance(perIp, "api-ip:", counters),
                        new SharedAllowance(perKey, "api-key:", counters), problems)
                : new RateLimitFilter(new RateLimiter(perIp, System::nanoTime),
                        new RateLimiter(perKey, System::nanoTime), problems);
        var keyFilter = new ApiKeyFilter(keys);
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        ApiSecurityConfiguration::errorOfAnApiRequest))
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
                // Deny by default: what is not opened here needs a key, whatever the method (HEAD included).
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/events/*/registrations").permitAll()
                        .requestMatchers(KEY_ENDPOINTS).hasAuthority(ApiKeyFilter.AUTHORITY)
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
                        .requestMatchers(HttpMethod.GET, PERSONAL).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PERSONAL).permitAll()
                        .requestMatchers(HttpMethod.PATCH, PERSONAL).permitAll()
                        .requestMatchers(HttpMethod.DELETE, PERSONAL).permitAll()
                        .anyRequest().access(new UnmappedAddresses(() -> mappings.getObject())))
                .addFilterBefore(keyFilter, AuthorizationFilter.class)
                .addFilterAfter(rateLimits, ApiKeyFilter.class)
                .addFilterBefore(new RequestBodyLimit(maxBody, (request, response) -> problems.write(response, request,
                        HttpStatus.CONTENT_TOO_LARGE, "too_large", "webapi.error.tooLarge", null)),
                        ApiKeyFilter.class);
        return http.build();
    }

    /** A failure outside Spring MVC (in a filter) is dispatched to /error: it stays in this chain, never the login page. */
    private static boolean errorOfAnApiRequest(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/");
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
