package fr.journees.sheets;

import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.REGISTRATION;
import static fr.journees.db.Tables.WORKSHOP;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.registration.RegistrationStatus;

/** Reads the registration feature's table (never writes it): confirmed participants, alphabetically. */
@Repository
public class SheetsRepository {

    private final DSLContext dsl;

    SheetsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Attendee> attendees(long eventId, SheetScope scope) {
        Condition inScope = switch (scope) {
            case SheetScope.WholeDay d -> REGISTRATION.EVENT_ID.eq(eventId);
            case SheetScope.Itinerary i -> REGISTRATION.ASSIGNED_ITINERARY_ID.eq(i.itineraryId());
            case SheetScope.Workshop w -> REGISTRATION.ASSIGNED_WORKSHOP_ID.eq(w.workshopId());
        };
        return dsl.select(REGISTRATION.ID, REGISTRATION.FIRST_NAME, REGISTRATION.LAST_NAME,
                        REGISTRATION.ORGANISATION_NAME, REGISTRATION.CHECKIN_CODE, ITINERARY.NAME, ITINERARY.COLOUR,
                        WORKSHOP.TITLE, REGISTRATION.CHECKED_IN_AT)
                .from(REGISTRATION)
                .leftJoin(ITINERARY).on(ITINERARY.ID.eq(REGISTRATION.ASSIGNED_ITINERARY_ID))
                .leftJoin(WORKSHOP).on(WORKSHOP.ID.eq(REGISTRATION.ASSIGNED_WORKSHOP_ID))
                .where(REGISTRATION.EVENT_ID.eq(eventId)).and(inScope).and(REGISTRATION.STATUS.eq(RegistrationStatus.CONFIRMED.name()))
                .orderBy(REGISTRATION.LAST_NAME, REGISTRATION.FIRST_NAME, REGISTRATION.ID)
                .fetch(r -> new Attendee(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7() == null ? null : ItineraryColour.valueOf(r.value7()).hex(), r.value8(), r.value9(),
                        List.of()));
    }
}
