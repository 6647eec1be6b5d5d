package fr.journees.base.database;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.support.JourneesSpringTest;

@JourneesSpringTest
@Tag("database")
@Transactional
class DatabaseSchemaTest {

    @Autowired
    DSLContext dsl;

    @Test
    void migrations_create_every_table_of_the_domain_in_utf8mb4() {
        var tables = dsl.resultQuery("""
                        SELECT table_name, table_collation FROM information_schema.tables
                        WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'""")
                .fetchMap(r -> r.get(0, String.class).toLowerCase(), r -> r.get(1, String.class));
        assertThat(tables).containsKeys("organisation", "place", "place_fact", "person", "account", "account_role",
                "event", "event_organisation", "event_text", "programme_item", "itinerary", "itinerary_guide",
                "itinerary_stop", "stop_speaker", "workshop", "workshop_facilitator", "initiative",
                "workshop_initiative", "chantier_sheet", "chantier_sheet_revision", "registration", "mail_outbox",
                "funder", "api_key", "api_origin");
        assertThat(tables.values()).allSatisfy(collation -> assertThat(collation).startsWith("utf8mb4"));
    }

    @Test
    void flyway_records_every_migration_as_successful() {
        var failed = dsl.fetchCount(DSL.table("flyway_schema_history"), DSL.field("success").eq(false));
        var applied = dsl.fetchCount(DSL.table("flyway_schema_history"));
        assertThat(applied).isPositive();
        assertThat(failed).isZero();
    }

    @Test
    void rejects_a_second_event_with_the_same_slug() {
        insertEvent("doublon-2026", "DRAFT");
        assertThatThrownBy(() -> insertEvent("doublon-2026", "DRAFT")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void rejects_a_status_outside_the_workflow() {
        assertThatThrownBy(() -> insertEvent("statut-inconnu", "CANCELLED")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void rejects_an_event_that_ends_before_it_starts() {
        assertThatThrownBy(() -> dsl.insertInto(EVENT)
                .set(EVENT.SLUG, "a-l-envers").set(EVENT.TITLE, "À l’envers")
                .set(EVENT.EVENT_DATE, LocalDate.of(2026, 5, 1))
                .set(EVENT.START_TIME, LocalTime.of(17, 0)).set(EVENT.END_TIME, LocalTime.of(9, 0))
                .execute()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void rejects_a_second_registration_with_the_same_email_for_one_event_whatever_its_case() {
        long eventId = insertEvent("inscriptions-uniques", "PUBLISHED");
        insertRegistration(eventId, "camille@example.org", "tok-aaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        assertThatThrownBy(() -> insertRegistration(eventId, "Camille@Example.org", "tok-bbbbbbbbbbbbbbbbbbbbbbbbbbbb"))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void rejects_a_registration_without_consent_to_data_processing() {
        long eventId = insertEvent("sans-consentement", "PUBLISHED");
        assertThatThrownBy(() -> dsl.insertInto(REGISTRATION)
                .set(REGISTRATION.EVENT_ID, eventId).set(REGISTRATION.TOKEN, "tok-cccccccccccccccccccccccccccc")
                .set(REGISTRATION.FIRST_NAME, "Léa").set(REGISTRATION.LAST_NAME, "Etcheverry")
                .set(REGISTRATION.EMAIL, "lea@example.org").set(REGISTRATION.CONSENT_DATA, false)
                .set(REGISTRATION.STATUS, "CONFIRMED")
                .execute()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void keeps_accents_ligatures_and_emoji_intact() {
        var name = "Cœur de quartier — Éducation & numérique 🚌✨";
        dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, name).execute();
        assertThat(dsl.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.NAME.eq(name))
                .fetchOne(ORGANISATION.NAME)).isEqualTo(name);
    }

    @Test
    void stamps_the_update_time_of_an_edited_row() throws InterruptedException {
        dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, "Centre social horodaté").execute();
        Thread.sleep(20);
        dsl.update(ORGANISATION).set(ORGANISATION.TERRITORY, "Bayonne")
                .where(ORGANISATION.NAME.eq("Centre social horodaté")).execute();
        var row = dsl.selectFrom(ORGANISATION).where(ORGANISATION.NAME.eq("Centre social horodaté")).fetchOne();
        assertThat(row.getUpdatedAt()).isAfter(row.getCreatedAt());
    }

    private long insertEvent(String slug, String status) {
        return dsl.insertInto(EVENT)
                .set(EVENT.SLUG, slug).set(EVENT.TITLE, "Journée " + slug).set(EVENT.STATUS, status)
                .set(EVENT.EVENT_DATE, LocalDate.of(2026, 5, 1))
                .set(EVENT.START_TIME, LocalTime.of(9, 0)).set(EVENT.END_TIME, LocalTime.of(17, 0))
                .returningResult(EVENT.ID).fetchOne(EVENT.ID);
    }

    private void insertRegistration(long eventId, String email, String token) {
        dsl.insertInto(REGISTRATION)
                .set(REGISTRATION.EVENT_ID, eventId).set(REGISTRATION.TOKEN, token)
                .set(REGISTRATION.FIRST_NAME, "Camille").set(REGISTRATION.LAST_NAME, "Durand")
                .set(REGISTRATION.EMAIL, email).set(REGISTRATION.CONSENT_DATA, true)
                .set(REGISTRATION.STATUS, "CONFIRMED")
                .execute();
    }
}
