package fr.journees.base.database;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.FUNDER;
import static fr.journees.db.Tables.MAIL_OUTBOX;
import static fr.journees.db.Tables.REGISTRATION;
import static fr.journees.db.Tables.REGISTRATION_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;

import fr.journees.db.DefaultSchema;
import fr.journees.support.JourneesSpringTest;

/**
 * An installation that started on the first schema and upgrades to this version: a database migrated to
 * V001 only, filled the way that version's application wrote it (plain SQL, so that the test does not
 * depend on today's code), then migrated by Flyway to the latest version as the application does at start.
 * Its rows must come through, and the columns later versions added must be filled as their migrations say.
 */
@Tag("database")
@JourneesSpringTest
class MigrationUpgradeTest {

    private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]*)(\\?.*)?");

    @Autowired DataSource dataSource;

    String database;
    String url;
    String user;
    String password;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        var pool = dataSource.unwrap(HikariDataSource.class);
        var matcher = URL.matcher(pool.getJdbcUrl());
        assertThat(matcher.matches()).as(pool.getJdbcUrl()).isTrue();
        database = "journees_upgrade_" + UUID.randomUUID().toString().substring(0, 8);
        url = matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3));
        user = pool.getUsername();
        password = pool.getPassword();
        try (var connection = dataSource.getConnection()) {
            connection.createStatement().execute("CREATE DATABASE `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    @Test
    void a_database_filled_on_the_first_schema_migrates_to_the_latest_with_its_data() throws SQLException {
        flyway("1").migrate();
        try (var connection = connect()) {
            fillAsTheFirstVersionDid(DSL.using(connection, SQLDialect.MARIADB));
        }

        var result = flyway(null).migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        assertThat(flyway(null).info().pending()).isEmpty();

        try (var connection = connect()) {
            var dsl = DSL.using(connection, SQLDialect.MARIADB);
            everyTableOfTodaysCodeReads(dsl);
            theRowsCameThrough(dsl);
            theLaterColumnsAreFilledAsTheirMigrationsSay(dsl);
        }
    }

    private void fillAsTheFirstVersionDid(DSLContext dsl) {
        for (var sql : new String[] {
                "INSERT INTO organisation (id, name, kind, territory) VALUES (1, 'Hubikoop', 'ASSOCIATION', 'Nouvelle-Aquitaine')",
                "INSERT INTO place (id, name, address, latitude, longitude) VALUES (1, 'Médiathèque Sainte-Croix',"
                        + " '2 rue de l’Œuvre, Bayonne', 43.487100, -1.466300)",
                "INSERT INTO person (id, full_name, function_line, organisation_id) VALUES (1, 'Arnaud Léchit', 'Chargé de mission', 1)",
                "INSERT INTO account (id, email, display_name, password_hash) VALUES (1, 'orga@exemple.fr', 'Orga',"
                        + " '$2a$10$abcdefghijklmnopqrstuuH0V3FTIzMnRYNFdhN1Y3b3N2a1o2V2lq')",
                "INSERT INTO account_role (account_id, role) VALUES (1, 'ORGANISER')",
                "INSERT INTO event (id, slug, title, event_date, start_time, end_time, venue_place_id, status, capacity,"
                        + " lunch_offered) VALUES (1, 'visite-2023', 'Visite des Hauts de Sainte-Croix — 2023', '2023-10-05',"
                        + " '09:00', '16:30', 1, 'PUBLISHED', 40, TRUE)",
                "INSERT INTO event_organisation (event_id, organisation_id, role) VALUES (1, 1, 'ORGANISER')",
                "INSERT INTO event_text (event_id, title, author_line, body) VALUES (1, 'Édito', 'par Arnaud Léchit', 'Bienvenue !')",
                "INSERT INTO programme_item (event_id, start_time, end_time, kind, title) VALUES (1, '09:00', '09:30', 'WELCOME', 'Accueil café')",
                "INSERT INTO itinerary (id, event_id, name, colour, capacity, departure_time) VALUES (1, 1, 'Parcours vert', 'GREEN', 20, '10:00')",
                "INSERT INTO itinerary_stop (id, itinerary_id, position, place_id, theme) VALUES (1, 1, 0, 1, 'Éducation aux médias')",
                "INSERT INTO stop_speaker (stop_id, person_id) VALUES (1, 1)",
                "INSERT INTO workshop (id, event_id, title, capacity) VALUES (1, 1, 'Atelier 1 : accès aux droits', 15)",
                "INSERT INTO workshop_facilitator (workshop_id, account_id) VALUES (1, 1)",
                "INSERT INTO initiative (id, title, porteur_organisation_id, acts_on) VALUES (1, 'Permanences numériques', 1, 'Inclusion')",
                "INSERT INTO workshop_initiative (workshop_id, initiative_id) VALUES (1, 1)",
                "INSERT INTO chantier_sheet (id, workshop_id, group_name, key_title, feasibility, key_chantier)"
                        + " VALUES (1, 1, 'Groupe A', 'Un guichet unique', 'GREEN', TRUE)",
                "INSERT INTO chantier_sheet_revision (sheet_id, version, content) VALUES (1, 0, '{}')",
                "INSERT INTO registration (id, event_id, token, first_name, last_name, email, assigned_itinerary_id,"
                        + " assigned_workshop_id, consent_data, status) VALUES (3, 1, 'Kq2mVb7xR4tYp9LwZs6nHc3d', 'Maïté',"
                        + " 'Etcheverry', 'maite@exemple.fr', 1, 1, TRUE, 'CONFIRMED')",
                "INSERT INTO registration (id, event_id, token, first_name, last_name, email, consent_data, status,"
                        + " waitlisted_at) VALUES (5, 1, 'a8JfN2pQe5WuXr1TzGy7kLm0', 'Beñat', 'Irigoyen', 'benat@exemple.fr',"
                        + " TRUE, 'WAITLISTED', '2023-09-01 10:00:00')",
                "INSERT INTO registration (id, event_id, token, first_name, last_name, email, consent_data, status,"
                        + " cancelled_at) VALUES (8, 1, 'zC4vH9sD3fG6jK1lQ8wE2rT5', 'Chloé', 'Duboscq', 'chloe@exemple.fr',"
                        + " TRUE, 'CANCELLED', '2023-09-02 11:00:00')",
                "INSERT INTO mail_outbox (recipient, subject, body_text, attachment_name, attachment_type, attachment,"
                        + " status, event_id, registration_id) VALUES ('maite@exemple.fr', 'Votre inscription',"
                        + " 'Bonjour Maïté', 'journee.ics', 'text/calendar', X'424547494E3A5643414C454E444152', 'SENT', 1, 3)",
                "INSERT INTO funder (event_id, name, amount, self_financing) VALUES (1, 'Autofinancement', 1200.50, TRUE)",
                "INSERT INTO funder (event_id, organisation_id, name, programme_label, rate_percent, amount)"
                        + " VALUES (1, 1, 'Région Nouvelle-Aquitaine', 'FEDER 62N00007', 60.00, 1800.75)"}) {
            dsl.execute(sql);
        }
    }

    /** Each table of the jOOQ classes generated from today's migrations, read whole from the upgraded database. */
    private void everyTableOfTodaysCodeReads(DSLContext dsl) {
        for (var table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            dsl.selectFrom(table).limit(1).fetch();
        }
    }

    private void theRowsCameThrough(DSLContext dsl) {
        for (var table : new String[] {"organisation", "place", "person", "account", "account_role", "event_organisation",
                "event_text", "programme_item", "itinerary", "itinerary_stop", "stop_speaker", "workshop",
                "workshop_facilitator", "initiative", "workshop_initiative", "chantier_sheet", "chantier_sheet_revision"}) {
            assertThat(dsl.fetchCount(DSL.table(DSL.name(table)))).as(table).isEqualTo(1);
        }
        var event = dsl.selectFrom(EVENT).fetchSingle();
        assertThat(event.getTitle()).isEqualTo("Visite des Hauts de Sainte-Croix — 2023");
        assertThat(event.getCapacity()).isEqualTo(40);
        assertThat(event.getLogo()).isNull();
        assertThat(dsl.select(REGISTRATION.FIRST_NAME, REGISTRATION.STATUS).from(REGISTRATION).orderBy(REGISTRATION.ID)
                .fetch(r -> r.value1() + " " + r.value2()))
                .containsExactly("Maïté CONFIRMED", "Beñat WAITLISTED", "Chloé CANCELLED");
        var mail = dsl.selectFrom(MAIL_OUTBOX).fetchSingle();
        assertThat(new String(mail.getAttachment())).isEqualTo("BEGIN:VCALENDAR");
        assertThat(mail.getRegistrationId()).isEqualTo(3L);
        assertThat(dsl.select(DSL.field("place.latitude", Double.class)).from(DSL.table("place")).fetchSingle().value1())
                .isEqualTo(43.4871);
    }

    private void theLaterColumnsAreFilledAsTheirMigrationsSay(DSLContext dsl) {
        // V005: the waiting list keeps its order (by id then) and the day has its ledger row.
        var waiting = dsl.select(REGISTRATION.ID, REGISTRATION.QUEUE_NUMBER).from(REGISTRATION)
                .where(REGISTRATION.STATUS.eq("WAITLISTED")).fetchSingle();
        assertThat(waiting.value1()).isEqualTo(5L);
        assertThat(waiting.value2()).isEqualTo(5L);
        assertThat(dsl.select(REGISTRATION_LEDGER.VERSION).from(REGISTRATION_LEDGER)
                .where(REGISTRATION_LEDGER.EVENT_ID.eq(1L)).fetchSingle().value1()).isEqualTo(8L);
        // V020: every registration has its own check-in code in Crockford's alphabet.
        var codes = dsl.select(REGISTRATION.CHECKIN_CODE).from(REGISTRATION).fetch(REGISTRATION.CHECKIN_CODE);
        assertThat(codes).hasSize(3).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[0-9ABCDEFGHJKMNPQRSTVWXYZ]{8}"));
        // V030: the self-financing line has no category, the other funder is an "other partner".
        assertThat(dsl.select(FUNDER.NAME, FUNDER.CATEGORY, FUNDER.SELF_FINANCING_KEY, FUNDER.AMOUNT).from(FUNDER)
                .orderBy(FUNDER.ID).fetch(r -> r.value1() + "|" + r.value2() + "|" + r.value3() + "|" + r.value4()))
                .containsExactly("Autofinancement|null|true|1200.50",
                        "Région Nouvelle-Aquitaine|OTHER_PARTNER|null|1800.75");
        // V050: nobody can say what older registrations consented to, and none was anonymised.
        assertThat(dsl.fetchCount(REGISTRATION, REGISTRATION.CONSENT_DATA_AT.isNotNull()
                .or(REGISTRATION.ANONYMISED_AT.isNotNull()))).isZero();
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
