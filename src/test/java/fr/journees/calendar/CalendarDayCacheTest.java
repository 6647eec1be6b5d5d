package fr.journees.calendar;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.ITINERARY_STOP;
import static fr.journees.db.Tables.PERSON;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.PROGRAMME_ITEM;
import static fr.journees.db.Tables.STOP_SPEAKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.support.JourneesSpringTest;

/**
 * The day's calendar material is read once and served from memory only while nothing it is made of
 * changed in the database, whoever changed it (another node, another feature): a confirmation mail
 * never carries a programme, an address or a speaker's name older than the last commit.
 */
@JourneesSpringTest
@Tag("database")
class CalendarDayCacheTest {

    @Autowired CalendarService calendars;
    @Autowired DSLContext dsl;

    @Test
    void an_unchanged_day_is_served_from_memory() {
        long bayonne = bayonne();
        var first = calendars.day(bayonne).orElseThrow();

        assertThat(calendars.day(bayonne).orElseThrow()).isSameAs(first);
    }

    @Test
    void a_new_address_of_a_stop_place_is_seen_at_once() {
        long bayonne = bayonne();
        var before = calendars.day(bayonne).orElseThrow();
        long placeId = dsl.select(ITINERARY_STOP.PLACE_ID).from(ITINERARY_STOP).join(ITINERARY)
                .on(ITINERARY.ID.eq(ITINERARY_STOP.ITINERARY_ID)).where(ITINERARY.EVENT_ID.eq(bayonne))
                .limit(1).fetchSingle(ITINERARY_STOP.PLACE_ID);
        var address = dsl.select(PLACE.ADDRESS).from(PLACE).where(PLACE.ID.eq(placeId)).fetchSingle(PLACE.ADDRESS);
        try {
            dsl.update(PLACE).set(PLACE.ADDRESS, "1 rue Changée, 64100 Bayonne").where(PLACE.ID.eq(placeId)).execute();

            var after = calendars.day(bayonne).orElseThrow();

            assertThat(after).isNotSameAs(before);
            assertThat(after.places.get(placeId).address()).isEqualTo("1 rue Changée, 64100 Bayonne");
        } finally {
            dsl.update(PLACE).set(PLACE.ADDRESS, address).where(PLACE.ID.eq(placeId)).execute();
        }
    }

    @Test
    void a_speaker_renamed_or_a_slot_removed_gives_a_new_day() {
        long bayonne = bayonne();
        var before = calendars.day(bayonne).orElseThrow();
        long personId = dsl.select(STOP_SPEAKER.PERSON_ID).from(STOP_SPEAKER).join(ITINERARY_STOP)
                .on(ITINERARY_STOP.ID.eq(STOP_SPEAKER.STOP_ID)).join(ITINERARY)
                .on(ITINERARY.ID.eq(ITINERARY_STOP.ITINERARY_ID)).where(ITINERARY.EVENT_ID.eq(bayonne))
                .limit(1).fetchSingle(STOP_SPEAKER.PERSON_ID);
        var name = dsl.select(PERSON.FULL_NAME).from(PERSON).where(PERSON.ID.eq(personId)).fetchSingle(PERSON.FULL_NAME);
        try {
            dsl.update(PERSON).set(PERSON.FULL_NAME, name + "-Renommée").where(PERSON.ID.eq(personId)).execute();
            var renamed = calendars.day(bayonne).orElseThrow();
            assertThat(renamed).isNotSameAs(before);

            long slot = dsl.insertInto(PROGRAMME_ITEM).set(PROGRAMME_ITEM.EVENT_ID, bayonne)
                    .set(PROGRAMME_ITEM.START_TIME, LocalTime.of(16, 0)).set(PROGRAMME_ITEM.TITLE, "Goûter")
                    .returningResult(PROGRAMME_ITEM.ID).fetchOne(PROGRAMME_ITEM.ID);
            var withSlot = calendars.day(bayonne).orElseThrow();
            assertThat(withSlot.slots).hasSize(renamed.slots.size() + 1);

            dsl.deleteFrom(PROGRAMME_ITEM).where(PROGRAMME_ITEM.ID.eq(slot)).execute();
            assertThat(calendars.day(bayonne).orElseThrow().slots).hasSize(renamed.slots.size());
        } finally {
            dsl.update(PERSON).set(PERSON.FULL_NAME, name).where(PERSON.ID.eq(personId)).execute();
        }
    }

    private long bayonne() {
        return dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq("visite-bayonne-2024")).fetchSingle(EVENT.ID);
    }
}
