package fr.journees.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.db.Tables;
import fr.journees.directory.DirectoryService;
import fr.journees.directory.OrganisationDraft;
import fr.journees.directory.OrganisationKind;
import fr.journees.directory.PersonDraft;
import fr.journees.directory.PlaceDraft;
import fr.journees.event.EventContentService;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.event.EventTextDraft;
import fr.journees.event.ProgrammeItemDraft;
import fr.journees.event.ProgrammeKind;
import fr.journees.event.TextSection;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryDraft;
import fr.journees.itinerary.ItineraryService;
import fr.journees.itinerary.StopDraft;
import fr.journees.livret.LivretService;
import fr.journees.livret.PageFormat;
import fr.journees.support.JourneesSpringTest;
import fr.journees.workshop.InitiativeDraft;
import fr.journees.workshop.WorkshopDraft;
import fr.journees.workshop.WorkshopService;
import jakarta.validation.ConstraintViolationException;
import net.fortuna.ical4j.data.CalendarBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The free-text fields of what a day is made of — a place (name, address, description, accessibility, a
 * "Le saviez-vous ?" fact), a speaker (name, function), an organiser (name, territory, contact, address,
 * description), a programme slot (title, description, location), a booklet text (title, author, body), a
 * stop's theme, a workshop (title, questions, objectives, room), an initiative of its recueil (title,
 * theme, territory, description) — each given every hostile value, and read back where they land: the
 * livret PDF, the programme's iCalendar feed, the public JSON API and the open-data CSV.
 */
@Tag("database")
@JourneesSpringTest
class HostileDayContentTest {

    @LocalServerPort int port;
    @Autowired DirectoryService directory;
    @Autowired EventService events;
    @Autowired EventContentService content;
    @Autowired ItineraryService itineraries;
    @Autowired WorkshopService workshops;
    @Autowired LivretService livrets;
    @Autowired DSLContext dsl;

    final List<Long> days = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        days.forEach(id -> {
            dsl.deleteFrom(Tables.EVENT_ORGANISATION).where(Tables.EVENT_ORGANISATION.EVENT_ID.eq(id)).execute();
            dsl.deleteFrom(Tables.EVENT).where(Tables.EVENT.ID.eq(id)).execute();
        });
    }

    @Test
    void every_hostile_value_in_a_days_places_stops_workshops_and_initiatives_is_kept_and_every_output_stays_whole()
            throws Exception {
        for (var entry : HostileValues.ALL.entrySet()) {
            var value = entry.getValue();
            var unique = UUID.randomUUID().toString().substring(0, 8);
            long place;
            try {
                place = directory.createPlace(new PlaceDraft(value + " " + unique, null, value, null, null, value,
                        value, List.of(value)));
            } catch (ConstraintViolationException refused) {
                // Refused before anything is stored, with the fields named: the forms show it at each field.
                assertThat(value.length()).as(entry.getKey()).isGreaterThan(300);
                assertThat(refused.getConstraintViolations()).isNotEmpty();
                continue;
            }
            long speaker = directory.createPerson(new PersonDraft(value + " " + unique, value, null));
            long organiser = directory.createOrganisation(new OrganisationDraft(value + " " + unique,
                    OrganisationKind.ASSOCIATION, value, value, null, null, value, null, value));
            var slug = "hostile-day-" + unique;
            long day = events.create(new EventDraft(slug, "Journée " + unique, null, null, LocalDate.now().plusDays(30),
                    LocalTime.of(9, 0), LocalTime.of(16, 30), place, EventStatus.PUBLISHED,
                    LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(1), 50, true, 5),
                    List.of(organiser), List.of());
            days.add(day);
            content.addProgrammeItems(day, List.of(new ProgrammeItemDraft(LocalTime.of(9, 0), LocalTime.of(9, 30),
                    ProgrammeKind.WELCOME, value, value, value, null)));
            content.addTexts(day, List.of(new EventTextDraft(TextSection.INTRODUCTION, value, value, value)));
            itineraries.create(day, new ItineraryDraft("Parcours " + unique, ItineraryColour.GREEN, 20,
                    LocalTime.of(10, 0)), List.of(new StopDraft(place, value, 30, null, List.of(speaker))));
            long workshop = workshops.create(day, new WorkshopDraft("Atelier " + unique + " " + value, value, value,
                    value, 20));
            workshops.addToRecueil(workshop, workshops.ensureInitiative(new InitiativeDraft(value + " " + unique, null,
                    value, value, value)));

            var livret = compact(text(livrets.pdf(day, PageFormat.A4, Locale.FRENCH)));
            if (!entry.getKey().equals("rtl-override")) { // shown reversed, as the override asks
                assertThat(livret).as(entry.getKey()).contains(compact(HostileValues.marker(value)));
            }

            var programme = http("/e/" + slug + "/programme.ics");
            new CalendarBuilder().build(new ByteArrayInputStream(programme.getBytes(StandardCharsets.UTF_8)));
            assertThat(programme.lines().filter("BEGIN:VEVENT"::equals).count()).as(entry.getKey()).isEqualTo(1);

            var texts = new ArrayList<String>();
            collect(JsonMapper.builder().build().readTree(http("/api/v1/events/" + slug)), texts);
            assertThat(texts).as(entry.getKey()).anyMatch(t -> t.contains(value.strip())
                    || t.contains(HostileValues.printable(value).strip()));

            var csv = CSVFormat.RFC4180.builder().get().parse(new InputStreamReader(new ByteArrayInputStream(
                    http("/api/v1/initiatives.csv?q=" + URLEncoder.encode(unique, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).getRecords();
            assertThat(csv).as(entry.getKey()).hasSizeGreaterThan(1);
            assertThat(csv.stream().skip(1).flatMap(r -> r.stream()).toList()).as(entry.getKey())
                    .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(stripBom(cell).charAt(0)) >= 0);
        }
    }

    private String http(String path) throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path)).header("X-Forwarded-For", "192.0.2." + (1 + Math.abs(path.hashCode()) % 250)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static void collect(tools.jackson.databind.JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.asString());
        }
        node.forEach(child -> collect(child, texts));
    }

    private static String stripBom(String cell) {
        return cell.startsWith("\uFEFF") && cell.length() > 1 ? cell.substring(1) : cell;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s", "");
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
