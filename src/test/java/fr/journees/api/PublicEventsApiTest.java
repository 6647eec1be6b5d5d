package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryService;
import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.support.JourneesSpringTest;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/events and /api/v1/events/{slug}: what a partner's website reads of the published days. */
@JourneesSpringTest
class PublicEventsApiTest {

    static final String BAYONNE = "visite-bayonne-2024";

    @LocalServerPort int port;
    @Autowired OpenDay days;
    @Autowired EventService events;
    @Autowired ItineraryService itineraries;
    @Autowired RegistrationService registrations;

    ApiHttp api;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void client() {
        api = new ApiHttp(port);
    }

    @AfterEach
    void removeDays() {
        created.forEach(days::remove);
    }

    long day(String name, EventStatus status) {
        long id = days.create(name, 10, status, LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(1));
        created.add(id);
        return id;
    }

    @Test
    void the_list_holds_published_days_only_coming_ones_before_past_ones() {
        long coming = day("a-venir", EventStatus.PUBLISHED);
        long draft = day("brouillon", EventStatus.DRAFT);
        var comingSlug = events.details(coming).orElseThrow().slug();
        var draftSlug = events.details(draft).orElseThrow().slug();

        var slugs = new ArrayList<String>();
        int page = 0;
        JsonNode answer;
        do {
            var response = api.get("/api/v1/events?size=100&page=" + page++);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("application/json");
            answer = response.json();
            answer.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
        } while (page < answer.get("totalPages").asInt());

        assertThat(slugs).hasSize(answer.get("totalItems").asInt());
        assertThat(slugs).contains(comingSlug, BAYONNE).doesNotContain(draftSlug);
        assertThat(slugs.indexOf(comingSlug)).isLessThan(slugs.indexOf(BAYONNE));
    }

    @Test
    void a_page_says_where_it_is_and_links_to_the_day_and_its_calendar() {
        day("pagination", EventStatus.PUBLISHED);
        var first = api.get("/api/v1/events?page=0&size=1").json();

        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(1);
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("totalPages").asInt()).isEqualTo(first.get("totalItems").asInt());
        var item = first.get("items").get(0);
        var slug = item.get("slug").asString();
        assertThat(item.get("links").get("self").asString()).endsWith("/api/v1/events/" + slug);
        assertThat(item.get("links").get("programme").asString()).endsWith("/e/" + slug + "/programme.ics");
    }

    @Test
    void a_page_out_of_bounds_is_a_400_problem_in_french() {
        var tooBig = api.get("/api/v1/events?size=101");
        var negative = api.get("/api/v1/events?page=-1");
        var notANumber = api.get("/api/v1/events?page=deux");

        for (var response : List.of(tooBig, negative, notANumber)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(tooBig.json().get("code").asString()).isEqualTo("bad_page");
        assertThat(tooBig.json().get("detail").asString()).contains("la taille va de 1 à 100");
    }

    @Test
    void the_bayonne_day_comes_with_its_programme_timed_stops_and_workshops() {
        var response = api.get("/api/v1/events/" + BAYONNE);

        assertThat(response.status()).isEqualTo(200);
        var event = response.json();
        assertThat(event.get("title").asString()).isNotBlank();
        assertThat(event.get("date").asString()).isEqualTo("2024-10-03");
        assertThat(event.get("programme").size()).isGreaterThan(3);
        assertThat(event.get("workshops").size()).isGreaterThan(1);
        assertThat(event.get("workshops").get(0).get("title").asString()).isNotBlank();
        assertThat(event.get("registration").get("open").asBoolean()).isFalse();

        long eventId = events.idBySlug(BAYONNE).orElseThrow();
        var plan = itineraries.plan(eventId);
        assertThat(event.get("itineraries")).hasSize(plan.schedules().size()).isNotEmpty();
        for (var itinerary : event.get("itineraries")) {
            var schedule = plan.scheduleOf(itinerary.get("id").asLong());
            assertThat(itinerary.get("stops")).hasSize(schedule.stops().size());
            for (int i = 0; i < schedule.stops().size(); i++) {
                var stop = itinerary.get("stops").get(i);
                assertThat(stop.get("place").asString()).isEqualTo(schedule.stops().get(i).placeName());
                assertThat(LocalTime.parse(stop.get("arrival").asString()))
                        .isEqualTo(schedule.stops().get(i).arrival());
                assertThat(LocalTime.parse(stop.get("departure").asString()))
                        .isEqualTo(schedule.stops().get(i).departure());
            }
        }
    }

    @Test
    void places_left_follow_the_confirmed_registrations() {
        long id = day("places", EventStatus.PUBLISHED);
        long green = days.itinerary(id, "Parcours vert", ItineraryColour.GREEN, 3);
        long workshop = days.workshop(id, "Accès aux droits", 5);
        registrations.register(id, OpenDay.person("Maite", "maite@places.test", green, workshop));
        var slug = events.details(id).orElseThrow().slug();

        var event = api.get("/api/v1/events/" + slug).json();

        assertThat(event.get("registration").get("open").asBoolean()).isTrue();
        assertThat(event.get("registration").get("capacity").asInt()).isEqualTo(10);
        assertThat(event.get("registration").get("placesLeft").asInt()).isEqualTo(9);
        assertThat(event.get("itineraries").get(0).get("placesLeft").asInt()).isEqualTo(2);
        assertThat(event.get("itineraries").get(0).get("colour").asString()).isEqualTo(ItineraryColour.GREEN.hex());
        assertThat(event.get("workshops").get(0).get("placesLeft").asInt()).isEqualTo(4);
    }

    @Test
    void a_draft_or_unknown_day_is_a_404_problem() {
        var draftSlug = events.details(day("cache", EventStatus.DRAFT)).orElseThrow().slug();

        for (var path : List.of("/api/v1/events/" + draftSlug, "/api/v1/events/nulle-part", "/api/v1/nulle-part")) {
            var response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).isEqualTo("not_found");
        }
    }

    @Test
    void problems_speak_english_to_a_client_that_asks_for_it() {
        var response = api.get("/api/v1/events/nulle-part", "Accept-Language", "en-GB,en;q=0.9,fr;q=0.5");

        assertThat(response.header("Content-Language")).isEqualTo("en");
        assertThat(response.json().get("detail").asString()).startsWith("Nothing here");
        assertThat(response.json().get("messages").get("fr").asString()).startsWith("Rien à cette adresse");
    }
}
