package fr.journees.chantier;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.ACCOUNT_ROLE;
import static fr.journees.db.Tables.WORKSHOP;
import static fr.journees.db.Tables.WORKSHOP_FACILITATOR;

import java.util.UUID;

import org.jooq.DSLContext;

import fr.journees.event.EventStatus;
import fr.journees.security.Roles;
import fr.journees.workshop.TestData;

/** An event of the test's own with two workshops, a facilitator leading the first, another the second. */
public record ChantierFixture(long eventId, long workshopId, long otherWorkshopId, String facilitator,
                              String otherFacilitator, String organiser) {

    public static ChantierFixture create(DSLContext dsl) {
        long eventId = TestData.event(dsl, EventStatus.PUBLISHED);
        long first = workshop(dsl, eventId, 0, TestData.unique("Atelier éducation aux médias"));
        long second = workshop(dsl, eventId, 1, TestData.unique("Atelier aller vers"));
        var lea = account(dsl, "Léa Animatrice", Roles.FACILITATOR);
        var marc = account(dsl, "Marc Animateur", Roles.FACILITATOR);
        var orga = account(dsl, "Olga Organisatrice", Roles.ORGANISER);
        lead(dsl, first, lea);
        lead(dsl, second, marc);
        return new ChantierFixture(eventId, first, second, lea, marc, orga);
    }

    static long workshop(DSLContext dsl, long eventId, int position, String title) {
        return dsl.insertInto(WORKSHOP).set(WORKSHOP.EVENT_ID, eventId).set(WORKSHOP.POSITION, position)
                .set(WORKSHOP.TITLE, title).returningResult(WORKSHOP.ID).fetchOne(WORKSHOP.ID);
    }

    static String account(DSLContext dsl, String displayName, String role) {
        var email = "chantier-" + UUID.randomUUID() + "@journees.test";
        long id = dsl.insertInto(ACCOUNT).set(ACCOUNT.EMAIL, email).set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.PASSWORD_HASH, "{noop}-").returningResult(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
        dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, id).set(ACCOUNT_ROLE.ROLE, role).execute();
        return email;
    }

    static void lead(DSLContext dsl, long workshopId, String email) {
        long id = dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.EMAIL.eq(email)).fetchOne(ACCOUNT.ID);
        dsl.insertInto(WORKSHOP_FACILITATOR).set(WORKSHOP_FACILITATOR.WORKSHOP_ID, workshopId)
                .set(WORKSHOP_FACILITATOR.ACCOUNT_ID, id).execute();
    }

    /** Removes the event (its workshops and sheets go with it) and the accounts, for tests that commit. */
    public void delete(DSLContext dsl) {
        dsl.deleteFrom(fr.journees.db.Tables.EVENT).where(fr.journees.db.Tables.EVENT.ID.eq(eventId)).execute();
        dsl.deleteFrom(ACCOUNT).where(ACCOUNT.EMAIL.in(facilitator, otherFacilitator, organiser)).execute();
    }

    public static SheetContent content(String group, String keyTitle, String objectives, Feasibility feasibility,
                                       boolean key) {
        return new SheetContent(group, "Réduire la fracture numérique", keyTitle, objectives,
                "Ateliers hebdomadaires", "La médiathèque", "Les conseillers numériques", "Les écoles",
                "Locaux, bénévoles", "Financement", feasibility, key, "Léa, Marc");
    }
}
