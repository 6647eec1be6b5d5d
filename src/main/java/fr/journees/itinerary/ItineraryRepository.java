package fr.journees.itinerary;

import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.ITINERARY_GUIDE;
import static fr.journees.db.Tables.ITINERARY_STOP;
import static fr.journees.db.Tables.PERSON;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.STOP_SPEAKER;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import fr.journees.itinerary.planning.RotationPlace;

@Repository
public class ItineraryRepository {

    private final DSLContext dsl;

    ItineraryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ItineraryView> forEvent(long eventId) {
        var speakers = multiset(select(PERSON.ID, PERSON.FULL_NAME)
                .from(STOP_SPEAKER).join(PERSON).on(PERSON.ID.eq(STOP_SPEAKER.PERSON_ID))
                .where(STOP_SPEAKER.STOP_ID.eq(ITINERARY_STOP.ID))
                .orderBy(STOP_SPEAKER.POSITION)).convertFrom(r -> r.map(mapping(PersonRef::new)));
        var stops = multiset(select(ITINERARY_STOP.ID, ITINERARY_STOP.POSITION, ITINERARY_STOP.PLACE_ID, PLACE.NAME,
                        ITINERARY_STOP.THEME, ITINERARY_STOP.DURATION_MINUTES, ITINERARY_STOP.WALK_MINUTES_BEFORE,
                        speakers)
                .from(ITINERARY_STOP).join(PLACE).on(PLACE.ID.eq(ITINERARY_STOP.PLACE_ID))
                .where(ITINERARY_STOP.ITINERARY_ID.eq(ITINERARY.ID))
                .orderBy(ITINERARY_STOP.POSITION, ITINERARY_STOP.ID))
                .convertFrom(r -> r.map(mapping(StopView::new)));
        var guides = multiset(select(PERSON.ID, PERSON.FULL_NAME)
                .from(ITINERARY_GUIDE).join(PERSON).on(PERSON.ID.eq(ITINERARY_GUIDE.PERSON_ID))
                .where(ITINERARY_GUIDE.ITINERARY_ID.eq(ITINERARY.ID))
                .orderBy(ITINERARY_GUIDE.POSITION)).convertFrom(r -> r.map(mapping(PersonRef::new)));
        return dsl.select(ITINERARY.ID, ITINERARY.NAME, ITINERARY.COLOUR, ITINERARY.CAPACITY,
                        ITINERARY.DEPARTURE_TIME, ITINERARY.VERSION, guides, stops)
                .from(ITINERARY)
                .where(ITINERARY.EVENT_ID.eq(eventId))
                .orderBy(ITINERARY.POSITION, ITINERARY.ID)
                .fetch(r -> new ItineraryView(r.value1(), r.value2(), ItineraryColour.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8()));
    }

    public Optional<Long> eventOf(long itineraryId) {
        return dsl.select(ITINERARY.EVENT_ID).from(ITINERARY).where(ITINERARY.ID.eq(itineraryId))
                .fetchOptional(ITINERARY.EVENT_ID);
    }

    public Optional<Long> itineraryOfStop(long stopId) {
        return dsl.select(ITINERARY_STOP.ITINERARY_ID).from(ITINERARY_STOP).where(ITINERARY_STOP.ID.eq(stopId))
                .fetchOptional(ITINERARY_STOP.ITINERARY_ID);
    }

    public List<RotationPlace> places(List<Long> placeIds, int defaultDuration) {
        return dsl.select(PLACE.ID, PLACE.NAME, PLACE.LATITUDE, PLACE.LONGITUDE).from(PLACE)
                .where(PLACE.ID.in(placeIds))
                .fetch(r -> new RotationPlace(r.value1(), r.value2(), defaultDuration, r.value3(), r.value4()));
    }

    public boolean nameTaken(long eventId, String name, Long exceptItineraryId) {
        var condition = ITINERARY.EVENT_ID.eq(eventId).and(ITINERARY.NAME.eq(name.strip()));
        if (exceptItineraryId != null) {
            condition = condition.and(ITINERARY.ID.ne(exceptItineraryId));
        }
        return dsl.fetchExists(ITINERARY, condition);
    }

    public boolean colourTaken(long eventId, ItineraryColour colour, Long exceptItineraryId) {
        var condition = ITINERARY.EVENT_ID.eq(eventId).and(ITINERARY.COLOUR.eq(colour.name()));
        if (exceptItineraryId != null) {
            condition = condition.and(ITINERARY.ID.ne(exceptItineraryId));
        }
        return dsl.fetchExists(ITINERARY, condition);
    }

    long insert(long eventId, ItineraryDraft draft) {
        int position = dsl.fetchCount(ITINERARY, ITINERARY.EVENT_ID.eq(eventId));
        long id = dsl.insertInto(ITINERARY)
                .set(ITINERARY.EVENT_ID, eventId)
                .set(ITINERARY.NAME, draft.name().strip())
                .set(ITINERARY.COLOUR, draft.colour().name())
                .set(ITINERARY.CAPACITY, draft.capacity())
                .set(ITINERARY.DEPARTURE_TIME, draft.departure())
                .set(ITINERARY.POSITION, position)
                .returningResult(ITINERARY.ID)
                .fetchOne(ITINERARY.ID);
        replaceGuides(id, draft.guideIds());
        return id;
    }

    /** Updates the itinerary if nobody changed it since {@code version}; false otherwise. */
    boolean update(long id, int version, ItineraryDraft draft) {
        int updated = dsl.update(ITINERARY)
                .set(ITINERARY.NAME, draft.name().strip())
                .set(ITINERARY.COLOUR, draft.colour().name())
                .set(ITINERARY.CAPACITY, draft.capacity())
                .set(ITINERARY.DEPARTURE_TIME, draft.departure())
                .set(ITINERARY.VERSION, ITINERARY.VERSION.plus(1))
                .where(ITINERARY.ID.eq(id).and(ITINERARY.VERSION.eq(version)))
                .execute();
        if (updated == 1) {
            replaceGuides(id, draft.guideIds());
        }
        return updated == 1;
    }

    /** Claims the itinerary for a change of its stops: true if it is still at {@code version}. */
    boolean bumpVersion(long id, int version) {
        return dsl.update(ITINERARY)
                .set(ITINERARY.VERSION, ITINERARY.VERSION.plus(1))
                .where(ITINERARY.ID.eq(id).and(ITINERARY.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean delete(long id, int version) {
        return dsl.deleteFrom(ITINERARY).where(ITINERARY.ID.eq(id).and(ITINERARY.VERSION.eq(version))).execute() == 1;
    }

    List<Long> stopIds(long itineraryId) {
        return dsl.select(ITINERARY_STOP.ID).from(ITINERARY_STOP)
                .where(ITINERARY_STOP.ITINERARY_ID.eq(itineraryId))
                .orderBy(ITINERARY_STOP.POSITION, ITINERARY_STOP.ID)
                .fetch(ITINERARY_STOP.ID);
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
        replaceSpeakers(stopId, stop.speakerIds());
    }

    void updateStop(long stopId, StopDraft stop) {
        dsl.update(ITINERARY_STOP)
                .set(ITINERARY_STOP.PLACE_ID, stop.placeId())
                .set(ITINERARY_STOP.THEME, stop.theme())
                .set(ITINERARY_STOP.DURATION_MINUTES, stop.durationMinutes())
                .set(ITINERARY_STOP.WALK_MINUTES_BEFORE, stop.walkMinutesBefore())
                .set(ITINERARY_STOP.VERSION, ITINERARY_STOP.VERSION.plus(1))
                .where(ITINERARY_STOP.ID.eq(stopId))
                .execute();
        replaceSpeakers(stopId, stop.speakerIds());
    }

    void deleteStop(long stopId) {
        dsl.deleteFrom(ITINERARY_STOP).where(ITINERARY_STOP.ID.eq(stopId)).execute();
    }

    void deleteStops(long itineraryId) {
        dsl.deleteFrom(ITINERARY_STOP).where(ITINERARY_STOP.ITINERARY_ID.eq(itineraryId)).execute();
    }

    void renumber(List<Long> stopIdsInOrder) {
        for (int i = 0; i < stopIdsInOrder.size(); i++) {
            dsl.update(ITINERARY_STOP).set(ITINERARY_STOP.POSITION, i)
                    .where(ITINERARY_STOP.ID.eq(stopIdsInOrder.get(i))).execute();
        }
    }

    private void replaceGuides(long itineraryId, List<Long> personIds) {
        dsl.deleteFrom(ITINERARY_GUIDE).where(ITINERARY_GUIDE.ITINERARY_ID.eq(itineraryId)).execute();
        for (int i = 0; i < personIds.size(); i++) {
            dsl.insertInto(ITINERARY_GUIDE)
                    .set(ITINERARY_GUIDE.ITINERARY_ID, itineraryId)
                    .set(ITINERARY_GUIDE.PERSON_ID, personIds.get(i))
                    .set(ITINERARY_GUIDE.POSITION, i)
                    .execute();
        }
    }

    private void replaceSpeakers(long stopId, List<Long> personIds) {
        dsl.deleteFrom(STOP_SPEAKER).where(STOP_SPEAKER.STOP_ID.eq(stopId)).execute();
        for (int i = 0; i < personIds.size(); i++) {
            dsl.insertInto(STOP_SPEAKER)
                    .set(STOP_SPEAKER.STOP_ID, stopId)
                    .set(STOP_SPEAKER.PERSON_ID, personIds.get(i))
                    .set(STOP_SPEAKER.POSITION, i)
                    .execute();
        }
    }
}
