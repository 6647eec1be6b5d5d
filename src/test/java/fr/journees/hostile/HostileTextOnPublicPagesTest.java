package fr.journees.hostile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;

import fr.journees.db.Tables;
import fr.journees.event.EventDraft;
import fr.journees.event.EventService;
import fr.journees.event.EventStatus;
import fr.journees.support.KaribuTest;
import fr.journees.workshop.WorkshopDraft;
import fr.journees.workshop.WorkshopService;

/**
 * The rendered pages carry every hostile value as text, never as markup: the day's public page shows the
 * title and the workshops exactly as typed, and no component parses HTML out of them.
 */
class HostileTextOnPublicPagesTest extends KaribuTest {

    @Autowired EventService events;
    @Autowired WorkshopService workshops;
    @Autowired DSLContext dsl;

    final List<Long> days = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        days.forEach(id -> dsl.deleteFrom(Tables.EVENT).where(Tables.EVENT.ID.eq(id)).execute());
    }

    @Test
    void the_public_page_of_a_day_shows_every_hostile_title_as_text() {
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

            UI.getCurrent().navigate("e/" + slug);

            var title = _get(H1.class, s -> s.withId("event-page-title"));
            assertThat(title.getText()).as(entry.getKey()).isIn(value, value.strip());
            assertThat(title.getElement().getChildren()).as(entry.getKey())
                    .allMatch(com.vaadin.flow.dom.Element::isTextNode);
            assertThat(_find(Html.class)).as(entry.getKey()).isEmpty();
        }
    }
}
