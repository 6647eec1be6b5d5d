package fr.journees.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.journees.db.Tables;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.support.JourneesSpringTest;
import fr.journees.workshop.WorkshopDraft;
import fr.journees.workshop.WorkshopService;

/**
 * The rendered pages carry every hostile value as text, never as markup: the day's public page shows the
 * title and the workshops exactly as typed, adds no element of theirs, and its schema.org block stays one
 * JSON document that no "</script>" can close.
 */
@JourneesSpringTest
class HostileTextOnPublicPagesTest {

    @LocalServerPort int port;
    @Autowired EventService events;
    @Autowired WorkshopService workshops;
    @Autowired DSLContext dsl;

    final List<Long> days = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        days.forEach(id -> {
            dsl.deleteFrom(Tables.WORKSHOP).where(Tables.WORKSHOP.EVENT_ID.eq(id)).execute();
            dsl.deleteFrom(Tables.EVENT).where(Tables.EVENT.ID.eq(id)).execute();
        });
    }

    @Test
    void the_public_page_of_a_day_shows_every_hostile_title_as_text() throws Exception {
        for (var entry : HostileValues.ALL.entrySet()) {
            var value = entry.getValue();
            if (value.length() > 300) {
                continue; // refused with a message at the field, see HostileInputTest
            }
            var slug = "hostile-page-" + UUID.randomUUID().toString().substring(0, 8);
            long day = events.create(new EventDraft(slug, value, null, null, LocalDate.now().plusDays(30),
                    LocalTime.of(9, 0), LocalTime.of(16, 30), null, EventStatus.PUBLISHED,
                    LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(1), 50, true, 5), List.of(), List.of());
            days.add(day);
            workshops.create(day, new WorkshopDraft("Atelier " + value, value, value, value, 20));

            var page = Jsoup.connect("http://localhost:" + port + "/e/" + slug).get();

            var title = page.getElementById("event-page-title");
            assertThat(title.text()).as(entry.getKey()).isEqualTo(normalised(value));
            assertThat(title.children()).as(entry.getKey()).isEmpty();
            assertThat(page.select("script:not([type=application/ld+json])")).as(entry.getKey()).isEmpty();
            assertThat(page.select("body img:not(.logo), body iframe, body object")).as(entry.getKey()).isEmpty();
            assertThat(page.select("script[type=application/ld+json]")).as(entry.getKey()).hasSize(1);
            var card = page.select("#event-page-workshops h3").first();
            assertThat(card.text()).as(entry.getKey()).isEqualTo(normalised("Atelier " + value));
        }
    }

    /** What a browser shows of the value: its printable characters, runs of white space as one space, trimmed. */
    private static String normalised(String value) {
        return HostileValues.printable(value).replaceAll("\\s+", " ").strip();
    }
}
