package fr.journees.itinerary;

import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.ITINERARY_STOP;
import static fr.journees.db.Tables.PERSON;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.STOP_SPEAKER;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class ItineraryRepository {

    private final DSLContext dsl;

    ItineraryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ItineraryView> forEvent(long eventId) {
        var speakers = multiset(select(PERSON.FULL_NAME)
                .from(STOP_SPEAKER).join(PERSON).on(PERSON.ID.eq(STOP_SPEAKER.PERSON_ID))
                .where(STOP_SPEAKER.STOP_ID.eq(ITINERARY_STOP.ID))
                .orderBy(STOP_SPEAKER.POSITION)).convertFrom(r -> r.map(s -> s.value1()));
        var stops = multiset(select(ITINERARY_STOP.ID, ITINERARY_STOP.POSITION, ITINERARY_STOP.PLACE_ID, PLACE.NAME,
                        ITINERARY_STOP.THEME, ITINERARY_STOP.DURATION_MINUTES, ITINERARY_STOP.WALK_MINUTES_BEFORE,
                        speakers)
                .from(ITINERARY_STOP).join(PLACE).on(PLACE.ID.eq(ITINERARY_STOP.PLACE_ID))
                .where(ITINERARY_STOP.ITINERARY_ID.eq(ITINERARY.ID))
                .orderBy(ITINERARY_STOP.POSITION, ITINERARY_STOP.ID))
                .convertFrom(r -> r.map(s -> new StopView(s.value1(), s.value2(), s.value3(), s.value4(), s.value5(),
                        s.value6(), s.value7(), s.value8())));
        return dsl.select(ITINERARY.ID, ITINERARY.NAME, ITINERARY.COLOUR, ITINERARY.CAPACITY,
                        ITINERARY.DEPARTURE_TIME, stops)
                .from(ITINERARY)
                .where(ITINERARY.EVENT_ID.eq(eventId))
                .orderBy(ITINERARY.POSITION, ITINERARY.ID)
                .fetch(r -> new ItineraryView(r.value1(), r.value2(), ItineraryColour.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6()));
    }

    long insert(long eventId, ItineraryDraft draft, int position) {
        return dsl.insertInto(ITINERARY)
                .set(ITINERARY.EVENT_ID, eventId)
                .set(ITINERARY.NAME, draft.name().strip())
                .set(ITINERARY.COLOUR, draft.colour().name())
                .set(ITINERARY.CAPACITY, draft.capacity())
                .set(ITINERARY.DEPARTURE_TIME, draft.departure())
                .set(ITINERARY.POSITION, position)
                .returningResult(ITINERARY.ID)
                .fetchOne(ITINERARY.ID);
    }

    int countForEvent(long eventId) {
        return dsl.fetchCount(ITINERARY, ITINERARY.EVENT_ID.eq(eventId));
    }

    void insertStop(long itineraryId, StopDraft stop, int position) {
        long stopId = dsl.insertInto(ITINERARY_STOP)
                .set(ITINERARY_STOP.ITINERARY_ID, itineraryId)
                .set(ITINERARY_STOP.POSITION, position)
                .set(ITINERARY_STOP.PLACE_ID, stop.placeId())
                .set(ITINERARY_STOP.THEME, stop.theme())
                .set(ITINERARY_STOP.DURATION_MINUTES, stop.durationMinutes())
                .set(ITINERARY_STOP.WALK_MINUTES_BEFORE, stop.walkMinutesBefore())
                .returningResult(ITINERARY_STOP.ID)
                .fetchOne(ITINERARY_STOP.ID);
        for (int i = 0; i < stop.speakerIds().size(); i++) {
            dsl.insertInto(STOP_SPEAKER)
                    .set(STOP_SPEAKER.STOP_ID, stopId)
                    .set(STOP_SPEAKER.PERSON_ID, stop.speakerIds().get(i))
                    .set(STOP_SPEAKER.POSITION, i)
                    .execute();
        }
    }
}
