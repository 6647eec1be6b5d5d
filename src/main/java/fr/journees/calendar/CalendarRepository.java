package fr.journees.calendar;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.EVENT_ORGANISATION;
import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.ITINERARY_STOP;
import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.PERSON;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.PROGRAMME_ITEM;
import static fr.journees.db.Tables.STOP_SPEAKER;
import static fr.journees.db.Tables.WORKSHOP;
import static org.jooq.Records.mapping;

import java.util.Collection;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads what the feeds need beyond the other features' services: the places' addresses. */
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

    /**
     * A fingerprint of everything a {@link CalendarDay} is made of: any insert, update or delete of the
     * event, its programme, itineraries, stops, speakers (and their names), workshops or the places they
     * name changes it. One indexed query, so that a day read once serves until it changes, on every node.
     */
    /** The tables {@link #dayStamp} covers: a write to another one cannot change a day. */
    static final Table<?>[] STAMPED_TABLES = {EVENT, PROGRAMME_ITEM, ITINERARY, ITINERARY_STOP, STOP_SPEAKER,
            PERSON, WORKSHOP, EVENT_ORGANISATION, ORGANISATION, PLACE};

    public String dayStamp(long eventId) {
        return dsl.resultQuery("""
                SELECT CONCAT_WS('|',
                  (SELECT CONCAT(version, '@', updated_at) FROM event WHERE id = {0}),
                  (SELECT CONCAT(COUNT(*), '@', COALESCE(MAX(updated_at), '')) FROM programme_item WHERE event_id = {0}),
                  (SELECT CONCAT(COUNT(*), '@', COALESCE(MAX(updated_at), '')) FROM itinerary WHERE event_id = {0}),
                  (SELECT CONCAT(COUNT(*), '@', COALESCE(MAX(s.updated_at), '')) FROM itinerary_stop s
                     JOIN itinerary i ON i.id = s.itinerary_id WHERE i.event_id = {0}),
                  (SELECT CONCAT(COUNT(*), '@', COALESCE(BIT_XOR(CRC32(CONCAT_WS('-', k.stop_id, k.person_id, k.position))), 0),
                          '@', COALESCE(MAX(p.updated_at), ''))
                     FROM stop_speaker k JOIN itinerary_stop s ON s.id = k.stop_id
                     JOIN itinerary i ON i.id = s.itinerary_id JOIN person p ON p.id = k.person_id WHERE i.event_id = {0}),
                  (SELECT CONCAT(COUNT(*), '@', COALESCE(MAX(updated_at), '')) FROM workshop WHERE event_id = {0}),
                  (SELECT CONCAT(COUNT(*), '@', COALESCE(BIT_XOR(CRC32(CONCAT_WS('-', eo.organisation_id, eo.role, eo.position))), 0),
                          '@', COALESCE(MAX(o.updated_at), ''))
                     FROM event_organisation eo JOIN organisation o ON o.id = eo.organisation_id WHERE eo.event_id = {0}),
                  (SELECT COALESCE(MAX(pl.updated_at), '') FROM place pl WHERE pl.id IN (
                     SELECT venue_place_id FROM event WHERE id = {0}
                     UNION SELECT place_id FROM programme_item WHERE event_id = {0}
                     UNION SELECT s.place_id FROM itinerary_stop s JOIN itinerary i ON i.id = s.itinerary_id
                           WHERE i.event_id = {0})))
                """, DSL.val(eventId)).fetchOne(0, String.class);
    }

    public record PlaceAddress(String name, String address) {

        public String line() {
            return address == null || address.isBlank() ? name : name + ", " + address;
        }
    }

}
