package fr.journees.chantier;

import static fr.journees.db.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.support.JourneesSpringTest;

/**
 * A board open on this node hears of a sheet saved through another node (here: written straight into the
 * database, so that this node's service never announces it) within a couple of seconds.
 */
@JourneesSpringTest
@Tag("database")
class BoardAcrossNodesTest {

    @Autowired BoardBroadcaster broadcaster;
    @Autowired ChantierRepository repository;
    @Autowired DSLContext dsl;

    ChantierFixture fixture;
    Runnable unregister;

    @BeforeEach
    void aDayWithWorkshops() {
        fixture = ChantierFixture.create(dsl);
    }

    @AfterEach
    void cleanUp() {
        if (unregister != null) {
            unregister.run();
        }
        fixture.delete(dsl);
    }

    @Test
    void a_sheet_written_by_another_node_reaches_the_open_board_within_two_seconds() throws InterruptedException {
        var heard = new LinkedBlockingQueue<Long>();
        unregister = broadcaster.register(fixture.eventId(), heard::add);
        long editor = dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.EMAIL.eq(fixture.facilitator()))
                .fetchSingle(ACCOUNT.ID);

        repository.insert(fixture.workshopId(), ChantierFixture.content("Groupe B", "Un chantier d’ailleurs",
                "Réussi si…", Feasibility.GREEN, true), editor);

        assertThat(heard.poll(3, TimeUnit.SECONDS)).isEqualTo(BoardBroadcaster.SOME_SHEET);
        assertThat(heard.poll(1500, TimeUnit.MILLISECONDS)).as("told once, not at every poll").isNull();
    }
}
