package fr.journees.security;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.router.Route;

/**
 * Who may reach what: the expectations of the access-matrix tests. Every {@code @Route} and every MVC
 * endpoint found by reflection must be listed here, so a new one cannot go out unchecked: add it with
 * the access it should have. (An entry may name a route not on this branch yet: it is checked once there.)
 */
final class AccessMatrix {

    enum Who { ANONYMOUS, FACILITATOR, ORGANISER, PARTICIPANT, API_KEY }

    /** How an MVC endpoint is opened. */
    enum Kind {
        /** Anyone reads it (GET, HEAD); nothing else is accepted. */
        PUBLIC_READ,
        /** Anyone may POST (a registration); the API's problems refuse bad bodies. */
        PUBLIC_WRITE,
        /** Only with an organiser key, whatever the method. */
        KEY,
        /** Whoever holds the personal link's token. */
        TOKEN,
        /** A file of the personal link's holder that exists only in some cases (a certificate once present): 404 otherwise. */
        TOKEN_FILE,
        /** A file of a published day (its logo): anyone reads it, 404 when there is none; nothing else is accepted. */
        PUBLIC_FILE,
        /** A public page posting a form to itself: anyone reads it; a post without its fields is refused (4xx). */
        FORM,
        /**
         * A personal page and its form: whoever holds the token reads it and posts it (those posts change the
         * registration, so they are checked last); anyone else is told it does not exist.
         */
        TOKEN_FORM,
        /** An address nothing serves: a 404 for everyone. */
        NOTHING,
        /** Served to nobody over HTTP (the actuator's index): never a 2xx. */
        CLOSED,
        /** Spring Boot's error page, reached directly. */
        ERROR
    }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> STAFF = EnumSet.of(Who.FACILITATOR, Who.ORGANISER);
    static final Set<Who> ORGANISERS = EnumSet.of(Who.ORGANISER);

    /** Route template → who may open the view. */
    static final Map<String, Set<Who>> ROUTES = Map.ofEntries(
            entry("tableau/:token", EVERYONE),
            entry("login", EVERYONE),
            entry("", STAFF),
            entry("mot-de-passe", STAFF),
            entry("mes-ateliers", STAFF),
            entry("mes-ateliers/fiche/:sheetId", STAFF),
            entry("restitution/:eventId", STAFF),
            entry("evenements", ORGANISERS),
            entry("evenements/:eventId/:tab?", ORGANISERS),
            entry("courriels", ORGANISERS),
            entry("initiatives", ORGANISERS),
            entry("acces-api", ORGANISERS),
            entry("lieux", ORGANISERS),
            entry("organisations", ORGANISERS),
            entry("personnes", ORGANISERS),
            entry("comptes", ORGANISERS),
            entry("donnees-personnelles", ORGANISERS),
            // Merged on main after this matrix was written (check-in, reports): listed ahead.
            entry("porte/:secret", EVERYONE),
            entry("accueil/:eventId", ORGANISERS),
            entry("bilans", ORGANISERS));

    /** "METHOD pattern" (METHOD * when the mapping takes any) → how it is opened. */
    static final Map<String, Kind> ENDPOINTS = Map.ofEntries(
            entry("GET /api/v1/events", Kind.PUBLIC_READ),
            entry("GET /api/v1/events/{slug}", Kind.PUBLIC_READ),
            entry("GET /api/v1/initiatives", Kind.PUBLIC_READ),
            entry("GET /api/v1/initiatives.csv", Kind.PUBLIC_READ),
            entry("POST /api/v1/events/{slug}/registrations", Kind.PUBLIC_WRITE),
            entry("GET /api/v1/events/{slug}/registrations", Kind.KEY),
            entry("GET /api/v1/events/{slug}/registrations.csv", Kind.KEY),
            entry("GET /api/v1/events/{slug}/registrations.xlsx", Kind.KEY),
            entry("GET /api/v1/test-probe/failure", Kind.KEY),
            entry("GET /api/v1/test-probe/database-gone", Kind.KEY),
            entry("GET /api/v1/registrations/{token}", Kind.TOKEN),
            entry("PATCH /api/v1/registrations/{token}", Kind.TOKEN),
            entry("DELETE /api/v1/registrations/{token}", Kind.TOKEN),
            entry("* /api/**", Kind.NOTHING),
            entry("GET /e/{slug}/programme.ics", Kind.PUBLIC_READ),
            entry("GET /r/{token}/agenda.ics", Kind.TOKEN),
            entry("GET /e/{slug}/confidentialite", Kind.PUBLIC_READ),
            entry("GET /e/{slug}", Kind.PUBLIC_READ),
            entry("GET /e/{slug}/logo", Kind.PUBLIC_FILE),
            entry("GET /e/{slug}/organisations/{organisationId}/logo", Kind.PUBLIC_FILE),
            entry("GET /e/{slug}/banque-de-projets.pdf", Kind.PUBLIC_FILE),
            entry("GET /e/{slug}/banque-de-projets.xlsx", Kind.PUBLIC_FILE),
            entry("GET /e/{slug}/inscription", Kind.FORM),
            entry("POST /e/{slug}/inscription", Kind.FORM),
            entry("POST /e/{slug}/lien-perdu", Kind.FORM),
            entry("GET /r/{token}", Kind.TOKEN_FORM),
            entry("GET /r/{token}/modifier", Kind.TOKEN_FORM),
            entry("POST /r/{token}/modifier", Kind.TOKEN_FORM),
            entry("GET /r/{token}/annuler", Kind.TOKEN_FORM),
            entry("POST /r/{token}/annuler", Kind.TOKEN_FORM),
            entry("GET /r/{token}/effacer", Kind.TOKEN_FORM),
            entry("POST /r/{token}/effacer", Kind.TOKEN_FORM),
            entry("GET /r/{token}/donnees.json", Kind.TOKEN),
            entry("GET /r/{token}/donnees.html", Kind.TOKEN),
            entry("GET /r/{token}/attestation.pdf", Kind.TOKEN_FILE),
            entry("GET /r/{token}/enquete", Kind.TOKEN_FORM),
            entry("POST /r/{token}/enquete", Kind.TOKEN_FORM),
            entry("GET /v3/api-docs", Kind.PUBLIC_READ),
            entry("GET /v3/api-docs.yaml", Kind.PUBLIC_READ),
            entry("GET /v3/api-docs/swagger-config", Kind.PUBLIC_READ),
            entry("GET /swagger-ui.html", Kind.PUBLIC_READ),
            entry("* /error", Kind.ERROR),
            entry("GET /actuator", Kind.CLOSED),
            entry("GET /actuator/health", Kind.PUBLIC_READ),
            entry("GET /actuator/health/**", Kind.PUBLIC_READ),
            entry("GET /actuator/info", Kind.PUBLIC_READ),
            // Only with the metrics token (PrometheusMetricsTest), which none of these people holds.
            entry("GET /actuator/prometheus", Kind.CLOSED));

    private AccessMatrix() {
    }

    /** Every class of the application with a {@code @Route}, found on the class path. */
    static Set<Class<?>> routeClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var classes = new java.util.HashSet<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("fr.journees")) {
            try {
                classes.add(Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }
}
