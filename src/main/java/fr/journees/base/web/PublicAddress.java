package fr.journees.base.web;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people reach the site at, which every link in a mail, a calendar file or a calendar
 * button starts with. The configured {@code journees.public-url} (JOURNEES_PUBLIC_URL) when set;
 * otherwise the address of the request being served, so that a site reached at another host than
 * localhost does not mail links to localhost; outside any request, the last address seen, then
 * {@code http://localhost:8080}.
 */
@Component
public class PublicAddress {

    static final String FALLBACK = "http://localhost:8080";
    private static final String REQUEST_ROOT = PublicAddress.class.getName() + ".root";
    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final String configured;
    private final AtomicReference<String> lastSeen = new AtomicReference<>();
    private final AtomicReference<String> warnedAbout = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();

    public PublicAddress(@Value("${journees.public-url:}") String configured) {
        this.configured = configured == null || configured.isBlank() ? null : strip(configured);
    }

    /** The root of every public link, without a trailing slash. */
    public String root() {
        if (configured != null) {
            current().ifPresent(this::warnOnceIfDifferent);
            return configured;
        }
        var current = current();
        current.ifPresent(lastSeen::set);
        return current.orElseGet(() -> Optional.ofNullable(lastSeen.get()).orElse(FALLBACK));
    }

    public Optional<String> configured() {
        return Optional.ofNullable(configured);
    }

    /**
     * The configured address when it is not the one this person uses (origin such as
     * {@code https://journees.example.org}): the links people receive would lead elsewhere.
     */
    public Optional<String> mismatch(String origin) {
        if (configured == null || origin == null || origin.isBlank()) {
            return Optional.empty();
        }
        return sameOrigin(configured, strip(origin)) ? Optional.empty() : Optional.of(configured);
    }

    @EventListener(ApplicationReadyEvent.class)
    void tellAtStart() {
        if (told.getAndSet(true)) {
            return;
        }
        if (configured == null) {
            log.warn("JOURNEES_PUBLIC_URL (journees.public-url) is not set: links in e-mails and calendar files take "
                    + "the address of the request being served, and {} outside any request. Set it to the address "
                    + "people use.", FALLBACK);
        } else {
            log.info("Links in e-mails and calendar files start with {} (journees.public-url)", configured);
        }
    }

    private void warnOnceIfDifferent(String origin) {
        if (mismatch(origin).isPresent() && !origin.equals(warnedAbout.getAndSet(origin))) {
            log.warn("The site is used at {} but journees.public-url is {}: links in e-mails and calendar files "
                    + "lead to the configured address", origin, configured);
        }
    }

    private static Optional<String> current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        // Asked for every link a request writes (mail, calendar file, API links): worked out once per request.
        if (attributes.getAttribute(REQUEST_ROOT, RequestAttributes.SCOPE_REQUEST) instanceof String root) {
            return Optional.of(root);
        }
        try {
            var root = strip(ServletUriComponentsBuilder.fromContextPath(attributes.getRequest())
                    .replaceQuery(null).build().toUriString());
            attributes.setAttribute(REQUEST_ROOT, root, RequestAttributes.SCOPE_REQUEST);
            return Optional.of(root);
        } catch (IllegalStateException | IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    private static boolean sameOrigin(String a, String b) {
        try {
            var x = URI.create(a);
            var y = URI.create(b);
            return x.getScheme().equalsIgnoreCase(y.getScheme()) && x.getHost().equalsIgnoreCase(y.getHost())
                    && port(x) == port(y);
        } catch (RuntimeException malformed) {
            return a.equalsIgnoreCase(b);
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String strip(String address) {
        var stripped = address.strip();
        var end = stripped.length();
        while (end > 0 && stripped.charAt(end - 1) == '/') {
            end--;
        }
        return stripped.substring(0, end);
    }
}
