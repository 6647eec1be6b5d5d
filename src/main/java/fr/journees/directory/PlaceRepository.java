package fr.journees.directory;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.ITINERARY_STOP;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.PLACE_FACT;
import static fr.journees.db.Tables.PROGRAMME_ITEM;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Places with their "Le saviez-vous ?" facts. */
@Repository
public class PlaceRepository extends DirectoryTableRepository {

    PlaceRepository(DSLContext dsl) {
        super(dsl);
    }

    /** The search of the places directory and pickers: name, short name or address. */
    private static Condition placeMatches(String filter) {
        return blank(filter) ? DSL.trueCondition() : contains(PLACE.NAME, filter)
                .or(contains(PLACE.SHORT_NAME, filter)).or(contains(PLACE.ADDRESS, filter));
    }

    public List<PlaceOption> placeOptions(String filter, int offset, int limit) {
        return dsl.select(PLACE.ID, PLACE.NAME, PLACE.ADDRESS, PLACE.LATITUDE, PLACE.LONGITUDE).from(PLACE)
                .where(placeMatches(filter))
                .orderBy(PLACE.NAME, PLACE.ID).offset(offset).limit(limit)
                .fetch(mapping(PlaceOption::new));
    }

    public int countPlaceOptions(String filter) {
        return dsl.fetchCount(PLACE, placeMatches(filter));
    }

    public List<PlaceSummary> placeSummaries(String filter, int offset, int limit) {
        var facts = field(selectCount().from(PLACE_FACT).where(PLACE_FACT.PLACE_ID.eq(PLACE.ID)));
        return dsl.select(PLACE.ID, PLACE.NAME, PLACE.SHORT_NAME, PLACE.ADDRESS, field(PLACE.LATITUDE.isNotNull()), facts)
                .from(PLACE)
                .where(placeMatches(filter))
                .orderBy(PLACE.NAME, PLACE.ID).offset(offset).limit(limit)
                .fetch(mapping(PlaceSummary::new));
    }

    public Optional<Place> place(long id) {
        var facts = multiset(select(PLACE_FACT.TEXT).from(PLACE_FACT).where(PLACE_FACT.PLACE_ID.eq(PLACE.ID))
                .orderBy(PLACE_FACT.POSITION, PLACE_FACT.ID)).convertFrom(r -> r.map(f -> f.value1()));
        return dsl.select(PLACE.ID, PLACE.VERSION, PLACE.NAME, PLACE.SHORT_NAME, PLACE.ADDRESS, PLACE.LATITUDE,
                        PLACE.LONGITUDE, PLACE.DESCRIPTION, PLACE.ACCESSIBILITY, facts)
                .from(PLACE).where(PLACE.ID.eq(id))
                .fetchOptional(r -> new Place(r.value1(), r.value2(), new PlaceDraft(r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10())));
    }

    public Optional<Long> placeIdByName(String name) {
        return dsl.select(PLACE.ID).from(PLACE).where(PLACE.NAME.eq(name)).fetchOptional(PLACE.ID);
    }

    long insertPlace(PlaceDraft draft) {
        long id = dsl.insertInto(PLACE)
                .set(PLACE.NAME, draft.name().strip())
                .set(PLACE.SHORT_NAME, draft.shortName())
                .set(PLACE.ADDRESS, draft.address())
                .set(PLACE.LATITUDE, draft.latitude())
                .set(PLACE.LONGITUDE, draft.longitude())
                .set(PLACE.DESCRIPTION, draft.description())
                .set(PLACE.ACCESSIBILITY, draft.accessibility())
                .returningResult(PLACE.ID)
                .fetchOne(PLACE.ID);
        insertFacts(id, draft.facts());
        return id;
    }

    /** Updates the row only if it is still at that version; returns the number of rows changed (0 or 1). */
    int updatePlace(long id, int version, PlaceDraft draft) {
        return dsl.update(PLACE)
                .set(PLACE.NAME, draft.name().strip())
                .set(PLACE.SHORT_NAME, draft.shortName())
                .set(PLACE.ADDRESS, draft.address())
                .set(PLACE.LATITUDE, draft.latitude())
                .set(PLACE.LONGITUDE, draft.longitude())
                .set(PLACE.DESCRIPTION, draft.description())
                .set(PLACE.ACCESSIBILITY, draft.accessibility())
                .set(PLACE.VERSION, PLACE.VERSION.plus(1))
                .where(PLACE.ID.eq(id)).and(PLACE.VERSION.eq(version))
                .execute();
    }

    /** The facts are edited with their place (its version covers them): they are replaced as a whole. */
    void replaceFacts(long placeId, List<String> facts) {
        dsl.deleteFrom(PLACE_FACT).where(PLACE_FACT.PLACE_ID.eq(placeId)).execute();
        insertFacts(placeId, facts);
    }

    private void insertFacts(long placeId, List<String> facts) {
        for (int i = 0; i < facts.size(); i++) {
            dsl.insertInto(PLACE_FACT)
                    .set(PLACE_FACT.PLACE_ID, placeId)
                    .set(PLACE_FACT.POSITION, i)
                    .set(PLACE_FACT.TEXT, facts.get(i).strip())
                    .execute();
        }
    }

    Optional<Versioned> lockPlace(long id) {
        return dsl.select(PLACE.NAME, PLACE.VERSION).from(PLACE).where(PLACE.ID.eq(id)).forUpdate()
                .fetchOptional(mapping(Versioned::new));
    }

    Map<Reference, Integer> placeReferences(long id) {
        return references(Map.of(
                Reference.EVENT_VENUE, selectCount().from(EVENT).where(EVENT.VENUE_PLACE_ID.eq(id)),
                Reference.PROGRAMME_SLOT, selectCount().from(PROGRAMME_ITEM).where(PROGRAMME_ITEM.PLACE_ID.eq(id)),
                Reference.ITINERARY_STOP, selectCount().from(ITINERARY_STOP).where(ITINERARY_STOP.PLACE_ID.eq(id))));
    }

    /** The place's facts go with it (ON DELETE CASCADE). */
    int deletePlace(long id) {
        return dsl.deleteFrom(PLACE).where(PLACE.ID.eq(id)).execute();
    }
}
