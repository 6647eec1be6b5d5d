package fr.journees.checkin;

import static fr.journees.registration.OpenDay.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;

/**
 * The volunteers' link seen from a plain HTTP client holding it (and the session it opens): every other
 * page, export and API endpoint is refused. What the door page shows (and that a revoked link shows
 * nothing) is Vaadin's to render: DoorScreenTest and the browser test check it.
 */
@JourneesSpringTest
@Tag("database")
class VolunteerLinkFromOutsideTest {

    @LocalServerPort int port;
    @Autowired CheckinLinkService links;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;

    long eventId;
    long otherDay;
    String secret;
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void aDayWithItsLink() {
        eventId = days.create("porte", null);
        otherDay = days.create("autre-porte", null);
        registrations.addByHand(eventId, person("Ane", "ane@porte.test", null, null));
        secret = links.open(eventId, "orga@journees.test");
    }

    @AfterEach
    void removeThem() {
        days.remove(eventId);
        days.remove(otherDay);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_link_opens_its_door_screen_and_every_other_route_and_endpoint_is_refused() throws Exception {
        assertThat(get("/porte/" + secret).statusCode()).isEqualTo(200);

        var slug = events.header(eventId).orElseThrow().slug();
        for (var path : List.of("/", "/evenements", "/evenements/" + eventId, "/evenements/" + eventId + "/inscriptions",
                "/evenements/" + eventId + "/accueil", "/accueil/" + eventId, "/accueil/" + otherDay,
                "/comptes", "/courriels", "/acces-api", "/initiatives", "/lieux", "/mes-ateliers", "/restitution/" + eventId)) {
            var answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(path).contains("/login");
        }
        for (var path : List.of("/api/v1/events/" + slug + "/registrations",
                "/api/v1/events/" + slug + "/registrations.csv", "/api/v1/events/" + slug + "/registrations.xlsx")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(get("/porte/" + secret).statusCode()).as("still its own door").isEqualTo(200);
    }
}
