package fr.journees.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may read the Prometheus metrics: a request carrying {@code Authorization: Bearer <JOURNEES_METRICS_TOKEN>},
 * or one from a network of JOURNEES_METRICS_ALLOWED_NETWORKS (CIDR, comma-separated; the client address is
 * the one the reverse proxy forwarded). With neither set, nobody: the metrics name days and volumes.
 */
@Component
class MetricsAccess {

    private final byte[] token;
    private final List<IpAddressMatcher> networks;

    MetricsAccess(@Value("${journees.metrics.token:}") String token,
                  @Value("${journees.metrics.allowed-networks:}") String networks) {
        this.token = token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
        this.networks = Arrays.stream(networks.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    boolean allows(HttpServletRequest request) {
        return tokenMatches(request.getHeader("Authorization"))
                || networks.stream().anyMatch(network -> network.matches(request.getRemoteAddr()));
    }

    private boolean tokenMatches(String authorization) {
        if (token == null || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        var presented = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, token);
    }
}
