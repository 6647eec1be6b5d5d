package fr.journees.workshop;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.ACCOUNT_ROLE;
import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.ORGANISATION;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jooq.DSLContext;

import fr.journees.event.EventStatus;
import fr.journees.security.Roles;

/** Rows of the tests' own, with unique names, written straight to the tables the schema fixes. */
public final class TestData {

    private TestData() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long event(DSLContext dsl, EventStatus status) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        return dsl.insertInto(EVENT)
                .set(EVENT.SLUG, "essai-" + suffix)
                .set(EVENT.TITLE, "Journée d’essai " + suffix)
                .set(EVENT.EVENT_DATE, LocalDate.of(2025, 10, 2))
                .set(EVENT.START_TIME, LocalTime.of(9, 0))
                .set(EVENT.END_TIME, LocalTime.of(17, 0))
                .set(EVENT.STATUS, status.name())
                .returningResult(EVENT.ID)
                .fetchOne(EVENT.ID);
    }

    public static void archive(DSLContext dsl, long eventId) {
        dsl.update(EVENT).set(EVENT.STATUS, EventStatus.ARCHIVED.name()).where(EVENT.ID.eq(eventId)).execute();
    }

    public static long organisation(DSLContext dsl, String name) {
        return dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, name)
                .returningResult(ORGANISATION.ID).fetchOne(ORGANISATION.ID);
    }

    /** An enabled account with the role; its password hash is unusable, nobody logs in with it. */
    public static long account(DSLContext dsl, String displayName, String role) {
        long id = dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.EMAIL, UUID.randomUUID() + "@journees.test")
                .set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.PASSWORD_HASH, "{noop}-")
                .returningResult(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
        dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, id).set(ACCOUNT_ROLE.ROLE, role).execute();
        return id;
    }

    public static long facilitator(DSLContext dsl, String displayName) {
        return account(dsl, displayName, Roles.FACILITATOR);
    }
}
