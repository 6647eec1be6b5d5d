package fr.journees.calendar;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import biweekly.Biweekly;
import fr.journees.event.EventStatus;
import fr.journees.itinerary.ItineraryService;
import fr.journees.support.JourneesSpringTest;
import fr.journees.workshop.TestData;
import fr.journees.workshop.WorkshopService;

/** The .ics URLs through the real HTTP port, on the demo Bayonne day. */
@JourneesSpringTest
class CalendarFeedsTest {

    @LocalServerPort int port;
    @Autowired DSLContext dsl;
    @Autowired ItineraryService itineraries;
    @Autowired WorkshopService workshops;

    Long draftEventId;
    String token;

    @AfterEach
    void removeTheTestsRows() {
        if (token != null) {
            dsl.deleteFrom(REGISTRATION).where(REGISTRATION.TOKEN.eq(token)).execute();
        }
        if (draftEventId != null) {
            dsl.deleteFrom(EVENT).where(EVENT.ID.eq(draftEventId)).execute();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private long bayonne() {
        return dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq("visite-bayonne-2024")).fetchSingle(EVENT.ID);
    }

    @Test
    void the_programme_of_a_published_event_is_a_calendar_with_one_event_per_slot_linking_to_the_address_in_use() throws Exception {
        var response = get("/e/visite-bayonne-2024/programme.ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/calendar").containsIgnoringCase("charset=UTF-8"));
        var calendar = Biweekly.parse(response.body()).first();
        assertThat(calendar.getEvents()).hasSize(10);
        var welcome = calendar.getEvents().get(0);
        assertThat(welcome.getSummary().getValue()).isEqualTo("Accueil café");
        assertThat(welcome.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2024-10-03T07:00:00Z"));
        assertThat(welcome.getLocation().getValue()).contains("Collège Albert Camus");
        assertThat(welcome.getDescription().getValue()).contains("http://localhost:" + port + "/e/visite-bayonne-2024");
    }

    @Test
    void the_same_slot_keeps_its_uid_across_downloads() throws Exception {
        var first = Biweekly.parse(get("/e/visite-bayonne-2024/programme.ics").body()).first();
        var second = Biweekly.parse(get("/e/visite-bayonne-2024/programme.ics").body()).first();

        assertThat(first.getEvents()).extracting(e -> e.getUid().getValue())
                .containsExactlyElementsOf(second.getEvents().stream().map(e -> e.getUid().getValue()).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void a_draft_or_unknown_event_has_no_feed() throws Exception {
        draftEventId = TestData.event(dsl, EventStatus.DRAFT);
        var slug = dsl.select(EVENT.SLUG).from(EVENT).where(EVENT.ID.eq(draftEventId)).fetchSingle(EVENT.SLUG);

        assertThat(get("/e/" + slug + "/programme.ics").statusCode()).isEqualTo(404);
        assertThat(get("/e/nulle-part-1999/programme.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void a_participants_agenda_breaks_the_visit_into_the_stops_of_their_itinerary_and_names_their_workshop()
            throws Exception {
        long eventId = bayonne();
        var itinerary = itineraries.forEvent(eventId).get(0);
        var workshop = workshops.forEvent(eventId).get(1);
        token = UUID.randomUUID().toString().replace("-", "");
        dsl.insertInto(REGISTRATION)
                .set(REGISTRATION.EVENT_ID, eventId).set(REGISTRATION.TOKEN, token)
                .set(REGISTRATION.FIRST_NAME, "Zoé").set(REGISTRATION.LAST_NAME, "Agenda")
                .set(REGISTRATION.EMAIL, token + "@journees.test").set(REGISTRATION.CONSENT_DATA, true)
                .set(REGISTRATION.STATUS, "CONFIRMED")
                .set(REGISTRATION.ASSIGNED_ITINERARY_ID, itinerary.id())
                .set(REGISTRATION.ASSIGNED_WORKSHOP_ID, workshop.id()).execute();
        var schedule = itineraries.plan(eventId).scheduleOf(itinerary.id()).stops();

        var response = get("/r/" + token + "/agenda.ics");

        assertThat(response.statusCode()).isEqualTo(200);
        var events = Biweekly.parse(response.body()).first().getEvents();
        var summaries = events.stream().map(e -> e.getSummary().getValue()).toList();
        assertThat(summaries).contains("Atelier : " + workshop.title());
        var firstStop = events.stream()
                .filter(e -> e.getSummary().getValue().equals(
                        "Visite : " + itinerary.stops().get(0).placeName() + " (" + itinerary.name() + ")"))
                .findFirst().orElseThrow();
        assertThat(firstStop.getDateStart().getValue().toInstant()).isEqualTo(
                java.time.ZonedDateTime.of(java.time.LocalDate.of(2024, 10, 3), schedule.get(0).arrival(),
                        java.time.ZoneId.of("Europe/Paris")).toInstant());
        assertThat(summaries.stream().filter(s -> s.startsWith("Visite : "))).hasSize(itinerary.stops().size());
        assertThat(firstStop.getDescription().getValue()).contains("Votre inscription : http://localhost:" + port + "/r/" + token);
    }

    @Test
    void an_unknown_token_has_no_agenda() throws Exception {
        assertThat(get("/r/inconnu-inconnu-inconnu-0000/agenda.ics").statusCode()).isEqualTo(404);
    }
}
