package fr.journees.api;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every API request counts against its client's allowance: the organiser key's when one was presented
 * and accepted, the IP address's otherwise. Over it, a 429 with Retry-After; under it, the remaining
 * allowance in {@code RateLimit-Limit} / {@code RateLimit-Remaining}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** Set by the key filter to "key:{id}" when the request carries a valid organiser key. */
    static final String CLIENT_ATTRIBUTE = RateLimitFilter.class.getName() + ".client";

    private final Allowance perIp;
    private final Allowance perKey;
    private final Problems problems;

    RateLimitFilter(Allowance perIp, Allowance perKey, Problems problems) {
        this.perIp = perIp;
        this.perKey = perKey;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        var key = (String) request.getAttribute(CLIENT_ATTRIBUTE);
        var limiter = key != null ? perKey : perIp;
        var client = key != null ? key : "ip:" + request.getRemoteAddr();
        var wait = limiter.take(client);
        response.setHeader("RateLimit-Limit", String.valueOf(limiter.perMinute()));
        response.setHeader("RateLimit-Remaining", String.valueOf(limiter.remaining(client)));
        if (wait.isPresent()) {
            problems.write(response, request, HttpStatus.TOO_MANY_REQUESTS, "too_many_requests",
                    "webapi.error.tooMany", wait.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
