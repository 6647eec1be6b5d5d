package fr.journees.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import com.vaadin.flow.router.Route;

import fr.journees.apiaccess.ApiKeyDraft;
import fr.journees.apiaccess.ApiKeyService;
import fr.journees.chantier.ChantierService;
import fr.journees.event.EventService;
import fr.journees.event.EventSharing;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.security.AccessMatrix.Kind;
import fr.journees.security.AccessMatrix.Who;
import fr.journees.support.JourneesSpringTest;

/**
 * Every address the application serves — each {@code @Route} and each MVC endpoint, found by reflection —
 * requested by an anonymous visitor, a logged-in facilitator and organiser (session cookie, no CSRF token,
 * as another site would send), a participant holding a personal link, and a program with an organiser key,
 * with GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS; each answer checked against {@link AccessMatrix}.
 */
@Tag("database")
@JourneesSpringTest
class HttpAccessMatrixTest {

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final AtomicInteger NEXT = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired EventSharing sharing;
    @Autowired RegistrationService registrations;
    @Autowired ChantierService chantier;
    @Autowired ApiKeyService keys;
    @Autowired AccountService accounts;

    RouteSamples samples;
    final Map<Who, HttpClient> clients = new EnumMap<>(Who.class);
    String key;
    final List<String> wrong = new ArrayList<>();
    int requests;

    @BeforeEach
    void everyone() throws Exception {
        samples = RouteSamples.create(days, events, sharing, registrations, chantier);
        var login = new LoginForm(port);
        var plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        clients.put(Who.ANONYMOUS, plain);
        clients.put(Who.PARTICIPANT, plain);
        clients.put(Who.API_KEY, plain);
        clients.put(Who.FACILITATOR, login.session("anim@journees.test", "journees-demo", address()));
        clients.put(Who.ORGANISER, login.session("orga@journees.test", "journees-demo", address()));
        key = keys.create(new ApiKeyDraft("Matrice d’accès", null), accounts.idOf("orga@journees.test").orElseThrow())
                .secret();
    }

    @AfterEach
    void removeSamples() {
        samples.remove(days, sharing, chantier);
    }

    @Test
    void every_endpoint_is_listed_in_the_access_matrix() {
        assertThat(endpoints()).as("MVC endpoints missing from AccessMatrix.ENDPOINTS")
                .isSubsetOf(AccessMatrix.ENDPOINTS.keySet());
    }

    @Test
    void every_mvc_endpoint_answers_each_person_and_method_as_the_matrix_says() throws Exception {
        for (var endpoint : endpoints()) {
            var kind = AccessMatrix.ENDPOINTS.get(endpoint);
            if (kind == null) {
                continue; // reported by every_endpoint_is_listed_in_the_access_matrix
            }
            var pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (var who : Who.values()) {
                for (var method : METHODS) {
                    if (kind == Kind.TOKEN && who == Who.PARTICIPANT && method.equals("DELETE")
                            || kind == Kind.TOKEN_FORM && who == Who.PARTICIPANT && method.equals("POST")) {
                        continue; // would change the registration the other requests read: checked last
                    }
                    check(endpoint, kind, pattern, who, method, send(who, method, samples.path(pattern, who)));
                }
            }
        }
        var token = samples.token();
        var change = send(Who.PARTICIPANT, "POST", "/r/" + token + "/modifier");
        expect(change.statusCode() == 422, "participant POST own change without its fields", change);
        var cancel = send(Who.PARTICIPANT, "DELETE", "/api/v1/registrations/" + token);
        expect(cancel.statusCode() == 200 || cancel.statusCode() == 204, "participant DELETE own registration", cancel);
        var cancelByForm = send(Who.PARTICIPANT, "POST", "/r/" + token + "/annuler");
        expect(cancelByForm.statusCode() == 303, "participant POST own cancellation", cancelByForm);
        var erase = send(Who.PARTICIPANT, "POST", "/r/" + token + "/effacer");
        expect(erase.statusCode() == 200, "participant POST own erasure", erase);
        assertThat(wrong).as(requests + " requests").isEmpty();
    }

    @Test
    void every_view_answers_each_person_and_method_as_the_matrix_says() throws Exception {
        for (var view : AccessMatrix.routeClasses()) {
            var template = view.getAnnotation(Route.class).value();
            var allowed = AccessMatrix.ROUTES.getOrDefault(template, java.util.Set.of());
            boolean anonymousAllowed = allowed.contains(Who.ANONYMOUS);
            for (var who : Who.values()) {
                var path = "/" + samples.url(template, who);
                for (var method : METHODS) {
                    var answer = send(who, method, path);
                    var what = who + " " + method + " " + path;
                    int status = answer.statusCode();
                    expect(status < 500, what, answer);
                    boolean session = who == Who.FACILITATOR || who == Who.ORGANISER;
                    switch (method) {
                        case "GET", "HEAD" -> {
                            if (anonymousAllowed || session) {
                                expect(status == 200 || status == 404, what, answer);
                            } else {
                                expect(status == 302 && answer.headers().firstValue("Location").orElse("")
                                        .endsWith("/login"), what, answer);
                            }
                        }
                        // A cross-site form or script carries no CSRF token: nothing is ever done.
                        case "POST", "PUT", "PATCH", "DELETE" -> expect(status >= 300, what, answer);
                        default -> expect(status != 200 || answer.body().length == 0, what, answer);
                    }
                }
            }
        }
        assertThat(wrong).as(requests + " requests").isEmpty();
    }

    private void check(String endpoint, Kind kind, String pattern, Who who, String method,
                       HttpResponse<byte[]> answer) {
        int status = answer.statusCode();
        var what = who + " " + method + " " + endpoint;
        boolean reads = method.equals("GET") || method.equals("HEAD");
        boolean served = status >= 200 && status < 300;
        boolean refused = status >= 300 && status < 500;
        var methods = declared(pattern);
        boolean declaredMethod = methods.contains(method) || (reads && methods.contains("GET"));
        expect(status < 500 || endpoint.contains("test-probe") || kind == Kind.ERROR, what, answer);
        if (method.equals("OPTIONS")) {
            expect(!served || answer.body().length == 0, what, answer);
            return;
        }
        switch (kind) {
            case PUBLIC_READ -> expect(reads ? status == 200 || status == 302 && !answer.headers()
                    .firstValue("Location").orElse("").contains("/login") : refused, what, answer);
            case PUBLIC_WRITE, KEY -> {
                if (method.equals("POST") && methods.contains("POST")) {
                    expect(status >= 400 && status < 500, what, answer); // a registration without its body
                } else if (who != Who.API_KEY) {
                    expect(status == 401 || (!reads && status == 404), what, answer);
                } else if (!reads) {
                    expect(status == 401 || status == 404 || status == 405, what, answer); // not served, never 2xx
                } else {
                    expect(status == (endpoint.contains("test-probe/database-gone") ? 503
                            : endpoint.contains("test-probe") ? 500 : 200), what, answer);
                }
            }
            case TOKEN -> {
                if (who == Who.PARTICIPANT && declaredMethod && reads) {
                    expect(status == 200, what, answer);
                } else {
                    expect(refused, what, answer); // a PATCH without body, a method not served, a token unknown
                }
            }
            case TOKEN_FILE -> expect(who == Who.PARTICIPANT && reads ? status == 200 || status == 404
                    : refused && status != 302, what, answer);
            case PUBLIC_FILE -> expect(reads ? status == 200 || status == 404 : refused && status != 302, what, answer);
            case FORM -> expect(reads && methods.contains("GET") ? status == 200
                    : method.equals("POST") && methods.contains("POST") ? status >= 400 && status < 500 : refused,
                    what, answer);
            case TOKEN_FORM -> expect(who == Who.PARTICIPANT && reads && methods.contains("GET") ? status == 200
                    : refused, what, answer);
            case NOTHING -> expect(status == 404, what, answer);
            case CLOSED -> expect(refused, what, answer);
            case ERROR -> expect(!served || reads, what, answer);
        }
    }

    /** The methods mapped on that pattern, across every mapping that declares it. */
    private java.util.Set<String> declared(String pattern) {
        var methods = new TreeSet<String>();
        AccessMatrix.ENDPOINTS.keySet().stream().filter(e -> e.endsWith(" " + pattern))
                .forEach(e -> methods.add(e.substring(0, e.indexOf(' '))));
        return methods;
    }

    private void expect(boolean ok, String what, HttpResponse<byte[]> answer) {
        if (!ok) {
            wrong.add(what + " → " + answer.statusCode() + " " + answer.headers().firstValue("Location").orElse(""));
        }
    }

    /** "METHOD pattern" of every MVC mapping (controllers, springdoc, actuator, Boot's error page). */
    private TreeSet<String> endpoints() {
        var found = new TreeSet<String>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, method) -> {
                var methods = info.getMethodsCondition().getMethods();
                for (var pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        found.add("* " + pattern);
                    }
                    methods.forEach(m -> found.add(m.name() + " " + pattern));
                }
            });
        }
        return found;
    }

    private HttpResponse<byte[]> send(Who who, String method, String path) throws Exception {
        requests++;
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address())
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (who == Who.API_KEY) {
            request.header("Authorization", "Bearer " + key);
        }
        if (method.equals("OPTIONS")) {
            request.header("Origin", "https://ailleurs.example").header("Access-Control-Request-Method", "GET");
        }
        return clients.get(who).send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String address() {
        int n = NEXT.incrementAndGet();
        return "198.19." + (n / 250 % 250) + "." + (1 + n % 250);
    }
}
