package fr.journees.api;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

import fr.journees.apiaccess.ApiOriginService;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Which web pages may call the API from a browser: the public endpoints answer the origins organisers
 * allowed in "Accès API"; the organiser-key endpoints answer none, since a key must never sit in a
 * web page. No cookie is ever involved, so credentials stay off.
 */
class ApiCors implements CorsConfigurationSource {

    private final ApiOriginService origins;
    private final CorsConfiguration publicEndpoints;
    private final CorsConfiguration keyEndpoints = new CorsConfiguration();

    ApiCors(ApiOriginService origins) {
        this.origins = origins;
        this.publicEndpoints = new AllowedOrigins();
        publicEndpoints.setAllowedMethods(List.of("GET", "POST", "PATCH", "DELETE"));
        publicEndpoints.setAllowedHeaders(List.of("Content-Type", "Accept", "Accept-Language", "If-Match"));
        publicEndpoints.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "Content-Language",
                "RateLimit-Limit", "RateLimit-Remaining"));
        publicEndpoints.setAllowCredentials(false);
        publicEndpoints.setMaxAge(Duration.ofHours(1));
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        return isKeyEndpoint(request) ? keyEndpoints : publicEndpoints;
    }

    /** The organiser listing shares its path with the public POST: the (requested) method tells them apart. */
    private static boolean isKeyEndpoint(HttpServletRequest request) {
        var method = HttpMethod.OPTIONS.matches(request.getMethod())
                ? request.getHeader("Access-Control-Request-Method") : request.getMethod();
        return HttpMethod.GET.matches(method) && request.getRequestURI()
                .matches(".*/api/v1/events/[^/]+/registrations(\\.csv|\\.xlsx)?");
    }

    private final class AllowedOrigins extends CorsConfiguration {

        @Override
        public String checkOrigin(String origin) {
            return origin != null && origins.allowed(origin) ? origin : null;
        }
    }
}
