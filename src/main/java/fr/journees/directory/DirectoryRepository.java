package fr.journees.directory;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.EVENT_ORGANISATION;
import static fr.journees.db.Tables.FUNDER;
import static fr.journees.db.Tables.INITIATIVE;
import static fr.journees.db.Tables.ITINERARY_GUIDE;
import static fr.journees.db.Tables.ITINERARY_STOP;
import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.PERSON;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.PLACE_FACT;
import static fr.journees.db.Tables.PROGRAMME_ITEM;
import static fr.journees.db.Tables.STOP_SPEAKER;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Organisations, places and people: the directories reused from one event to the next. */
@Repository
public class DirectoryRepository {

    private final DSLContext dsl;

    DirectoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Case- and accent-insensitive (by the column's collation) "contains"; no filter matches all. */
    static Condition contains(Field<String> field, String filter) {
        return filter == null || filter.isBlank() ? DSL.trueCondition() : field.contains(filter.strip());
    }

    private static boolean blank(String filter) {
        return filter == null || filter.isBlank();
    }

    // Organisations

    /** The search of the organisations directory and pickers: name, territory or contact. */
    private static Condition organisationMatches(String filter) {
        return blank(filter) ? DSL.trueCondition() : contains(ORGANISATION.NAME, filter)
                .or(contains(ORGANISATION.TERRITORY, filter)).or(contains(ORGANISATION.CONTACT, filter));
    }

    public List<OrganisationOption> organisationOptions(String filter, int offset, int limit) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND).from(ORGANISATION)
                .where(organisationMatches(filter))
                .orderBy(ORGANISATION.NAME, ORGANISATION.ID).offset(offset).limit(limit)
                .fetch(r -> new OrganisationOption(r.value1(), r.value2(), OrganisationKind.valueOf(r.value3())));
    }

    public int countOrganisationOptions(String filter) {
        return dsl.fetchCount(ORGANISATION, organisationMatches(filter));
    }

    public Optional<OrganisationOption> organisationOption(long id) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND).from(ORGANISATION)
                .where(ORGANISATION.ID.eq(id))
                .fetchOptional(r -> new OrganisationOption(r.value1(), r.value2(), OrganisationKind.valueOf(r.value3())));
    }

    public List<OrganisationSummary> organisationSummaries(String filter, int offset, int limit) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.TERRITORY,
                        ORGANISATION.CONTACT, ORGANISATION.EMAIL, ORGANISATION.PHONE)
                .from(ORGANISATION)
                .where(organisationMatches(filter))
                .orderBy(ORGANISATION.NAME, ORGANISATION.ID).offset(offset).limit(limit)
                .fetch(r -> new OrganisationSummary(r.value1(), r.value2(), OrganisationKind.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7()));
    }

    public Optional<Organisation> organisation(long id) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.VERSION, ORGANISATION.NAME, ORGANISATION.KIND,
                        ORGANISATION.TERRITORY, ORGANISATION.CONTACT, ORGANISATION.EMAIL, ORGANISATION.PHONE,
                        ORGANISATION.ADDRESS, ORGANISATION.WEBSITE, ORGANISATION.DESCRIPTION)
                .from(ORGANISATION).where(ORGANISATION.ID.eq(id))
                .fetchOptional(r -> new Organisation(r.value1(), r.value2(), new OrganisationDraft(r.value3(),
                        OrganisationKind.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(),
                        r.value9(), r.value10(), r.value11())));
    }

    /** The id of the organisation of that name, compared as the unique key does (case and accents aside). */
    public Optional<Long> organisationIdByName(String name) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name))
                .fetchOptional(ORGANISATION.ID);
    }

    long insertOrganisation(OrganisationDraft draft) {
        return dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, draft.name().strip())
                .set(ORGANISATION.KIND, draft.kind().name())
                .set(ORGANISATION.TERRITORY, draft.territory())
                .set(ORGANISATION.CONTACT, draft.contact())
                .set(ORGANISATION.EMAIL, draft.email())
                .set(ORGANISATION.PHONE, draft.phone())
                .set(ORGANISATION.ADDRESS, draft.address())
                .set(ORGANISATION.WEBSITE, draft.website())
                .set(ORGANISATION.DESCRIPTION, draft.description())
                .returningResult(ORGANISATION.ID)
                .fetchOne(ORGANISATION.ID);
    }

    /** Updates the row only if it is still at that version; returns the number of rows changed (0 or 1). */
    int updateOrganisation(long id, int version, OrganisationDraft draft) {
        return dsl.update(ORGANISATION)
                .set(ORGANISATION.NAME, draft.name().strip())
                .set(ORGANISATION.KIND, draft.kind().name())
                .set(ORGANISATION.TERRITORY, draft.territory())
                .set(ORGANISATION.CONTACT, draft.contact())
                .set(ORGANISATION.EMAIL, draft.email())
                .set(ORGANISATION.PHONE, draft.phone())
                .set(ORGANISATION.ADDRESS, draft.address())
                .set(ORGANISATION.WEBSITE, draft.website())
                .set(ORGANISATION.DESCRIPTION, draft.description())
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.ID.eq(id)).and(ORGANISATION.VERSION.eq(version))
                .execute();
    }

    /** Locks the row until the end of the transaction, so that nothing can start referring to it meanwhile. */
    Optional<Versioned> lockOrganisation(long id) {
        return dsl.select(ORGANISATION.NAME, ORGANISATION.VERSION).from(ORGANISATION)
                .where(ORGANISATION.ID.eq(id)).forUpdate()
                .fetchOptional(mapping(Versioned::new));
    }

    Map<Reference, Integer> organisationReferences(long id) {
        return references(Map.of(
                Reference.PERSON, selectCount().from(PERSON).where(PERSON.ORGANISATION_ID.eq(id)),
                Reference.EVENT_ORGANISER, eventsWhereOrganisationIs(id, "ORGANISER"),
                Reference.EVENT_PARTNER, eventsWhereOrganisationIs(id, "PARTNER"),
                Reference.INITIATIVE_PORTEUR, selectCount().from(INITIATIVE)
                        .where(INITIATIVE.PORTEUR_ORGANISATION_ID.eq(id)),
                Reference.FUNDER, selectCount().from(FUNDER).where(FUNDER.ORGANISATION_ID.eq(id))));
    }

    private static Select<Record1<Integer>> eventsWhereOrganisationIs(long id, String role) {
        return select(countDistinct(EVENT_ORGANISATION.EVENT_ID)).from(EVENT_ORGANISATION)
                .where(EVENT_ORGANISATION.ORGANISATION_ID.eq(id)).and(EVENT_ORGANISATION.ROLE.eq(role));
    }

    int deleteOrganisation(long id) {
        return dsl.deleteFrom(ORGANISATION).where(ORGANISATION.ID.eq(id)).execute();
    }

    // Places

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

    // People

    /** The search of the people directory and pickers: name, function or organisation's name. */
    private static Condition personMatches(String filter) {
        return blank(filter) ? DSL.trueCondition() : contains(PERSON.FULL_NAME, filter)
                .or(contains(PERSON.FUNCTION_LINE, filter)).or(contains(ORGANISATION.NAME, filter));
    }

    public List<PersonOption> personOptions(String filter, int offset, int limit) {
        return dsl.select(PERSON.ID, PERSON.FULL_NAME, PERSON.FUNCTION_LINE)
                .from(PERSON).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(personMatches(filter))
                .orderBy(PERSON.FULL_NAME, PERSON.ID).offset(offset).limit(limit)
                .fetch(mapping(PersonOption::new));
    }

    public int countPersonOptions(String filter) {
        return dsl.fetchCount(dsl.select(PERSON.ID)
                .from(PERSON).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(personMatches(filter)));
    }

    public List<PersonSummary> personSummaries(String filter, int offset, int limit) {
        return dsl.select(PERSON.ID, PERSON.FULL_NAME, PERSON.FUNCTION_LINE, ORGANISATION.NAME)
                .from(PERSON).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(personMatches(filter))
                .orderBy(PERSON.FULL_NAME, PERSON.ID).offset(offset).limit(limit)
                .fetch(mapping(PersonSummary::new));
    }

    public Optional<Person> person(long id) {
        return dsl.select(PERSON.ID, PERSON.VERSION, PERSON.FULL_NAME, PERSON.FUNCTION_LINE, PERSON.ORGANISATION_ID)
                .from(PERSON).where(PERSON.ID.eq(id))
                .fetchOptional(r -> new Person(r.value1(), r.value2(),
                        new PersonDraft(r.value3(), r.value4(), r.value5())));
    }

    public Optional<Long> personId(String fullName, Long organisationId) {
        var sameOrganisation = organisationId == null ? PERSON.ORGANISATION_ID.isNull()
                : PERSON.ORGANISATION_ID.eq(organisationId);
        return dsl.select(PERSON.ID).from(PERSON).where(PERSON.FULL_NAME.eq(fullName)).and(sameOrganisation)
                .limit(1).fetchOptional(PERSON.ID);
    }

    long insertPerson(PersonDraft draft) {
        return dsl.insertInto(PERSON)
                .set(PERSON.FULL_NAME, draft.fullName().strip())
                .set(PERSON.FUNCTION_LINE, draft.functionLine())
                .set(PERSON.ORGANISATION_ID, draft.organisationId())
                .returningResult(PERSON.ID)
                .fetchOne(PERSON.ID);
    }

    /** Updates the row only if it is still at that version; returns the number of rows changed (0 or 1). */
    int updatePerson(long id, int version, PersonDraft draft) {
        return dsl.update(PERSON)
                .set(PERSON.FULL_NAME, draft.fullName().strip())
                .set(PERSON.FUNCTION_LINE, draft.functionLine())
                .set(PERSON.ORGANISATION_ID, draft.organisationId())
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(id)).and(PERSON.VERSION.eq(version))
                .execute();
    }

    Optional<Versioned> lockPerson(long id) {
        return dsl.select(PERSON.FULL_NAME, PERSON.VERSION).from(PERSON).where(PERSON.ID.eq(id)).forUpdate()
                .fetchOptional(mapping(Versioned::new));
    }

    Map<Reference, Integer> personReferences(long id) {
        return references(Map.of(
                Reference.STOP_SPEAKER, selectCount().from(STOP_SPEAKER).where(STOP_SPEAKER.PERSON_ID.eq(id)),
                Reference.ITINERARY_GUIDE, selectCount().from(ITINERARY_GUIDE).where(ITINERARY_GUIDE.PERSON_ID.eq(id)),
                Reference.ACCOUNT, selectCount().from(ACCOUNT).where(ACCOUNT.PERSON_ID.eq(id))));
    }

    int deletePerson(long id) {
        return dsl.deleteFrom(PERSON).where(PERSON.ID.eq(id)).execute();
    }

    /** Runs the counts in one statement and keeps the kinds with at least one reference. */
    private Map<Reference, Integer> references(Map<Reference, Select<Record1<Integer>>> counts) {
        var kinds = List.copyOf(counts.keySet());
        var row = dsl.select(kinds.stream().map(kind -> field(counts.get(kind))).toList()).fetchSingle();
        var found = new EnumMap<Reference, Integer>(Reference.class);
        for (int i = 0; i < kinds.size(); i++) {
            int n = row.get(i, Integer.class);
            if (n > 0) {
                found.put(kinds.get(i), n);
            }
        }
        return found;
    }

    /** The name and version of a locked row. */
    record Versioned(String name, int version) {
    }
}
