package fr.journees.registration;

import static fr.journees.db.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import fr.journees.support.JourneesSpringTest;
import jakarta.validation.ConstraintViolationException;

/** The kind of structure and the département of participants: stored, corrected, refused when unknown, counted. */
@Tag("database")
@JourneesSpringTest
class CountableParticipantsTest {

    @Autowired OpenDay days;
    @Autowired RegistrationService registrations;
    @Autowired RegistrationCounts counts;
    @Autowired DSLContext dsl;

    long eventId;

    @BeforeEach
    void anOpenDay() {
        eventId = days.create("comptes", 50);
    }

    @AfterEach
    void removeIt() {
        days.remove(eventId);
    }

    private RegistrationRequest person(String email, StructureKind kind, String departement) {
        return new RegistrationRequest("Amaia", "Irigoyen", email, null, "Centre social", null, "Quartier Saint-Esprit",
                null, null, false, null, null, true, false, "fr", kind, departement);
    }

    @Test
    void the_structure_and_the_departement_are_kept_next_to_the_free_text_and_an_organiser_corrects_them() {
        var outcome = registrations.register(eventId, person("a@comptes.test", StructureKind.ASSOCIATION, "64"));
        var stored = registrations.byId(outcome.id()).orElseThrow();
        assertThat(stored.structureKind()).isEqualTo(StructureKind.ASSOCIATION);
        assertThat(stored.departement()).isEqualTo("64");
        assertThat(stored.territory()).isEqualTo("Quartier Saint-Esprit");

        var corrected = new RegistrationRequest(stored.firstName(), stored.lastName(), stored.email(), null,
                stored.organisation(), null, stored.territory(), null, null, false, null, null, true, false, "fr",
                StructureKind.LOCAL_AUTHORITY, "2A");
        registrations.edit(stored.id(), stored.version(), corrected);

        var after = registrations.byId(stored.id()).orElseThrow();
        assertThat(after.structureKind()).isEqualTo(StructureKind.LOCAL_AUTHORITY);
        assertThat(after.departement()).isEqualTo("2A");
        assertThat(after.territory()).isEqualTo("Quartier Saint-Esprit");
    }

    @Test
    void an_unknown_departement_is_refused_by_the_record_and_by_the_database() {
        for (var wrong : List.of("20", "96", "975", "64 ", "pa")) {
            assertThatThrownBy(() -> registrations.register(eventId, person(wrong.strip() + "@x.test", null, wrong)))
                    .as(wrong).isInstanceOf(ConstraintViolationException.class);
        }
        assertThatThrownBy(() -> dsl.insertInto(REGISTRATION).set(REGISTRATION.EVENT_ID, eventId)
                .set(REGISTRATION.TOKEN, UUID.randomUUID().toString()).set(REGISTRATION.FIRST_NAME, "A")
                .set(REGISTRATION.LAST_NAME, "B").set(REGISTRATION.EMAIL, "db@x.test")
                .set(REGISTRATION.CONSENT_DATA, true).set(REGISTRATION.STATUS, "CONFIRMED")
                .set(REGISTRATION.DEPARTEMENT, "20").execute()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> dsl.insertInto(REGISTRATION).set(REGISTRATION.EVENT_ID, eventId)
                .set(REGISTRATION.TOKEN, UUID.randomUUID().toString()).set(REGISTRATION.FIRST_NAME, "A")
                .set(REGISTRATION.LAST_NAME, "B").set(REGISTRATION.EMAIL, "db2@x.test")
                .set(REGISTRATION.CONSENT_DATA, true).set(REGISTRATION.STATUS, "CONFIRMED")
                .set(REGISTRATION.STRUCTURE_KIND, "MAIRIE").execute())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void every_one_of_the_101_departements_is_accepted_and_counted() {
        assertThat(Departement.ALL).hasSize(101);
        assertThat(Departement.of("64").orElseThrow().label()).isEqualTo("Pyrénées-Atlantiques (64)");
        assertThat(Departement.of("976").orElseThrow().label()).isEqualTo("Mayotte (976)");
        for (var departement : Departement.ALL) {
            assertThat(departement.code()).matches(Departement.CODE_PATTERN);
        }
        int i = 0;
        for (var departement : List.of("01", "2A", "2B", "95", "971", "974", "976", "64", "64")) {
            registrations.addByHand(eventId, person("p" + i++ + "@x.test", StructureKind.RESIDENT, departement));
        }

        var byDepartement = counts.byDepartement(List.of(eventId));

        assertThat(byDepartement).hasSize(8);
        assertThat(byDepartement.get(0)).isEqualTo(new Tally("64", null, 2, 0));
        assertThat(counts.byStructureKind(List.of(eventId))).containsExactly(new Tally("RESIDENT", null, 9, 0));
    }
}
