package fr.journees.api;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.mail.MailService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import tools.jackson.databind.JsonNode;

/**
 * An open day with two small itineraries (green holds 1, pink 2) and a client of the API from its own
 * address, removed after each test.
 */
abstract class OpenDayApiTest {

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired MailService mails;

    ApiHttp api;
    long eventId;
    String slug;
    long green;
    long pink;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void anOpenDayWithTwoSmallItineraries() {
        api = new ApiHttp(port);
        eventId = day("api", 10, EventStatus.PUBLISHED, LocalDateTime.now().minusDays(1));
        slug = events.details(eventId).orElseThrow().slug();
        green = days.itinerary(eventId, "Parcours vert", ItineraryColour.GREEN, 1);
        pink = days.itinerary(eventId, "Parcours rose", ItineraryColour.PINK, 2);
    }

    @AfterEach
    void removeDays() {
        created.forEach(days::remove);
    }

    long day(String name, int capacity, EventStatus status, LocalDateTime opens) {
        long id = days.create(name, capacity, status, opens, LocalDateTime.now().plusDays(1));
        created.add(id);
        return id;
    }

    static String person(String first, String email, Long itinerary) {
        return """
                {"firstName": "%s", "lastName": "Etcheverry", "email": "%s", "organisation": "Mairie de Bayonne",
                 "preferredItineraryId": %s, "lunch": true, "consentData": true}""".formatted(first, email, itinerary);
    }

    ApiHttp.Answer register(String json) {
        return api.post("/api/v1/events/" + slug + "/registrations", json);
    }

    static JsonNode error(JsonNode problem, String field) {
        for (var error : problem.get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error;
            }
        }
        return null;
    }
}
