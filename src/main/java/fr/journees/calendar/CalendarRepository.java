package fr.journees.calendar;

import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.REGISTRATION;
import static org.jooq.Records.mapping;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads what the feeds need beyond the other features' services: addresses and registrations by token. */
@Repository
public class CalendarRepository {

    private final DSLContext dsl;

    CalendarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Name and address of each place, by id. */
    public Map<Long, PlaceAddress> places(Collection<Long> placeIds) {
        return dsl.select(PLACE.ID, PLACE.NAME, PLACE.ADDRESS).from(PLACE).where(PLACE.ID.in(placeIds))
                .fetchMap(PLACE.ID, mapping((id, name, address) -> new PlaceAddress(name, address)));
    }

    public Optional<AgendaRegistration> registration(String token) {
        return dsl.select(REGISTRATION.ID, REGISTRATION.EVENT_ID, REGISTRATION.TOKEN, REGISTRATION.STATUS,
                        REGISTRATION.LANGUAGE, REGISTRATION.ASSIGNED_ITINERARY_ID, REGISTRATION.ASSIGNED_WORKSHOP_ID,
                        REGISTRATION.VERSION)
                .from(REGISTRATION).where(REGISTRATION.TOKEN.eq(token))
                .fetchOptional(mapping(AgendaRegistration::new));
    }

    public record PlaceAddress(String name, String address) {

        public String line() {
            return address == null || address.isBlank() ? name : name + ", " + address;
        }
    }

    /** status: CONFIRMED, WAITLISTED, CANCELLED. */
    public record AgendaRegistration(long id, long eventId, String token, String status, String language,
                                     Long itineraryId, Long workshopId, int version) {
    }
}
