package fr.journees.report;

import static fr.journees.db.Tables.REGISTRATION;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import fr.journees.chantier.ChantierFixture;
import fr.journees.chantier.ChantierService;
import fr.journees.chantier.Feasibility;
import fr.journees.funding.FunderCategory;
import fr.journees.funding.FunderDraft;
import fr.journees.funding.FundingService;
import fr.journees.funding.SelfFinancingDraft;
import fr.journees.itinerary.ItineraryColour;
import fr.journees.itinerary.ItineraryDraft;
import fr.journees.itinerary.ItineraryService;

/**
 * A day of the test's own with one itinerary, two workshops, three chantier sheets, a funding table
 * and eight registrations (two checked in), much of it typed by someone hostile.
 */
record BilanFixture(ChantierFixture day, long itineraryId) {

    static final String HOSTILE_ITINERARY = "Parcours <script>alert(1)</script>";
    static final String FORMULA_FUNDER = "=HYPERLINK(\"http://evil.example\",\"clic\")";
    static final String PLUS_PROGRAMME = "+33 FEDER @SUM(A1)";
    static final String BELL_FUNDER = "Ville\u0007 de \u0001Bayonne";

    static BilanFixture create(DSLContext dsl, ItineraryService itineraries, ChantierService chantiers,
                               FundingService funding) {
        var day = ChantierFixture.create(dsl);
        long itineraryId = itineraries.create(day.eventId(), new ItineraryDraft(HOSTILE_ITINERARY,
                ItineraryColour.GREEN, 20, LocalTime.of(10, 0)), List.of());
        register(dsl, day, itineraryId, day.workshopId(), "ASSOCIATION", "64", true, "CONFIRMED");
        register(dsl, day, itineraryId, day.workshopId(), "ASSOCIATION", "64", true, "CONFIRMED");
        register(dsl, day, itineraryId, day.otherWorkshopId(), "LOCAL_AUTHORITY", "33", false, "CONFIRMED");
        register(dsl, day, null, null, null, "64", false, "CONFIRMED");
        register(dsl, day, null, null, null, null, false, "CONFIRMED");
        register(dsl, day, null, null, "RESIDENT", "974", false, "WAITLISTED");
        register(dsl, day, null, null, "COMPANY", "2A", false, "CANCELLED");
        register(dsl, day, null, null, "COMPANY", "2B", false, "CANCELLED");
        sheet(chantiers, day, day.workshopId(), "Groupe 1", Feasibility.GREEN);
        sheet(chantiers, day, day.workshopId(), "Groupe 2", Feasibility.ORANGE);
        sheet(chantiers, day, day.otherWorkshopId(), "Groupe <b>3</b>", Feasibility.RED);
        funding.add(day.eventId(), new FunderDraft(FunderCategory.EUROPEAN_UNION, FORMULA_FUNDER, null,
                PLUS_PROGRAMME, new BigDecimal("600.00"), new BigDecimal("50.00")));
        funding.add(day.eventId(), new FunderDraft(FunderCategory.OTHER_PUBLIC, BELL_FUNDER, null, "-2+3",
                new BigDecimal("300.00"), null));
        funding.setSelfFinancing(day.eventId(), new SelfFinancingDraft(new BigDecimal("100.00"), null));
        return new BilanFixture(day, itineraryId);
    }

    private static void register(DSLContext dsl, ChantierFixture day, Long itineraryId, Long workshopId, String kind,
                                 String departement, boolean present, String status) {
        dsl.insertInto(REGISTRATION)
                .set(REGISTRATION.EVENT_ID, day.eventId()).set(REGISTRATION.TOKEN, UUID.randomUUID().toString())
                .set(REGISTRATION.FIRST_NAME, "Zoé").set(REGISTRATION.LAST_NAME, "<i>Ébrard</i>")
                .set(REGISTRATION.EMAIL, "bilan-" + UUID.randomUUID() + "@journees.test")
                .set(REGISTRATION.ORGANISATION_NAME, "@Mairie").set(REGISTRATION.CONSENT_DATA, true)
                .set(REGISTRATION.STATUS, status)
                .set(REGISTRATION.ASSIGNED_ITINERARY_ID, itineraryId).set(REGISTRATION.ASSIGNED_WORKSHOP_ID, workshopId)
                .set(REGISTRATION.STRUCTURE_KIND, kind).set(REGISTRATION.DEPARTEMENT, departement)
                .set(REGISTRATION.CHECKED_IN_AT, present ? LocalDateTime.of(2025, 10, 2, 9, 5) : null)
                .set(REGISTRATION.QUEUE_NUMBER, "WAITLISTED".equals(status) ? 1L : null)
                .execute();
    }

    private static void sheet(ChantierService chantiers, ChantierFixture day, long workshopId, String group,
                              Feasibility feasibility) {
        long id = chantiers.create(day.organiser(), workshopId, group);
        chantiers.save(day.organiser(), id, chantiers.load(day.organiser(), id).version(), ChantierFixture.content(group, "Un chantier", "Réussir",
                feasibility, false));
    }

    void delete(DSLContext dsl) {
        dsl.deleteFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(day.eventId())).execute();
        day.delete(dsl);
    }
}
