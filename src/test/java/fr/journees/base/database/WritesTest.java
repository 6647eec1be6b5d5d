package fr.journees.base.database;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.MAIL_OUTBOX;
import static fr.journees.db.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.support.JourneesSpringTest;

/** What a cache watching some tables learns from this node's writes: only the writes that can concern it. */
@JourneesSpringTest
@Tag("database")
class WritesTest {

    @Autowired Writes writes;
    @Autowired DSLContext dsl;

    @Test
    void a_write_to_another_table_leaves_the_count_of_watched_tables_unchanged() {
        var watching = writes.to(EVENT, ITINERARY);
        long before = watching.count();

        dsl.update(REGISTRATION).set(REGISTRATION.LUNCH, REGISTRATION.LUNCH).where(REGISTRATION.ID.eq(-1L)).execute();
        dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(-1L)).execute();

        assertThat(watching.count()).isEqualTo(before);
    }

    @Test
    void a_write_to_a_watched_table_moves_the_count() {
        var watching = writes.to(EVENT, ITINERARY);
        long before = watching.count();

        dsl.update(ITINERARY).set(ITINERARY.NAME, ITINERARY.NAME).where(ITINERARY.ID.eq(-1L)).execute();

        assertThat(watching.count()).isGreaterThan(before);
    }

    @Test
    void a_write_whose_table_is_unknown_moves_every_count() {
        var watching = writes.to(EVENT);
        long before = watching.count();

        dsl.execute("UPDATE itinerary SET name = name WHERE id = -1");

        assertThat(watching.count()).isGreaterThan(before);
    }
}
