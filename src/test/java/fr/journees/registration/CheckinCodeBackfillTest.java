package fr.journees.registration;

import static fr.journees.db.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.support.JourneesSpringTest;

/** The migration's backfill, run again on rows that have no code (as rows from before V020 had). */
@JourneesSpringTest
@Tag("database")
class CheckinCodeBackfillTest {

    @Autowired DSLContext dsl;
    @Autowired OpenDay days;

    long eventId;

    @BeforeEach
    void aDay() {
        eventId = days.create("backfill", null);
    }

    @AfterEach
    void removeIt() {
        days.remove(eventId);
    }

    @Test
    void rows_without_a_code_get_a_valid_and_distinct_one_derived_from_their_token() throws Exception {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 50; i++) {
            ids.add(dsl.insertInto(REGISTRATION).set(REGISTRATION.EVENT_ID, eventId)
                    .set(REGISTRATION.TOKEN, Tokens.next()).set(REGISTRATION.FIRST_NAME, "Ancien" + i)
                    .set(REGISTRATION.LAST_NAME, "Inscrit").set(REGISTRATION.EMAIL, UUID.randomUUID() + "@old.test")
                    .set(REGISTRATION.CONSENT_DATA, true).set(REGISTRATION.STATUS, "CONFIRMED")
                    .returningResult(REGISTRATION.ID).fetchOne(REGISTRATION.ID));
        }
        var migration = Files.readString(Path.of("db/migration/V020__checkin.sql"));
        var update = migration.substring(migration.indexOf("UPDATE registration"), migration.indexOf(";",
                migration.indexOf("UPDATE registration")));

        dsl.execute(update);

        var codes = dsl.select(REGISTRATION.CHECKIN_CODE).from(REGISTRATION).where(REGISTRATION.ID.in(ids))
                .fetch(REGISTRATION.CHECKIN_CODE);
        assertThat(codes).hasSize(50).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(CheckinCodes.normalise(code)).contains(code));
    }
}
