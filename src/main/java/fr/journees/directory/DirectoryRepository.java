package fr.journees.directory;

import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.PERSON;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.PLACE_FACT;

import java.util.List;
import java.util.Optional;

import static org.jooq.Records.mapping;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Organisations, places and people: the directories reused from one event to the next. */
@Repository
public class DirectoryRepository {

    private final DSLContext dsl;

    DirectoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<OrganisationOption> organisationOptions(String filter, int offset, int limit) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND).from(ORGANISATION)
                .where(contains(ORGANISATION.NAME, filter))
                .orderBy(ORGANISATION.NAME).offset(offset).limit(limit)
                .fetch(r -> new OrganisationOption(r.value1(), r.value2(), OrganisationKind.valueOf(r.value3())));
    }

    public int countOrganisationOptions(String filter) {
        return dsl.fetchCount(ORGANISATION, contains(ORGANISATION.NAME, filter));
    }

    public List<PlaceOption> placeOptions(String filter, int offset, int limit) {
        return dsl.select(PLACE.ID, PLACE.NAME, PLACE.ADDRESS, PLACE.LATITUDE, PLACE.LONGITUDE).from(PLACE)
                .where(contains(PLACE.NAME, filter).or(contains(PLACE.ADDRESS, filter)))
                .orderBy(PLACE.NAME).offset(offset).limit(limit)
                .fetch(mapping(PlaceOption::new));
    }

    public int countPlaceOptions(String filter) {
        return dsl.fetchCount(PLACE, contains(PLACE.NAME, filter).or(contains(PLACE.ADDRESS, filter)));
    }

    public List<PersonOption> personOptions(String filter, int offset, int limit) {
        return dsl.select(PERSON.ID, PERSON.FULL_NAME, PERSON.FUNCTION_LINE).from(PERSON)
                .where(contains(PERSON.FULL_NAME, filter))
                .orderBy(PERSON.FULL_NAME).offset(offset).limit(limit)
                .fetch(mapping(PersonOption::new));
    }

    public int countPersonOptions(String filter) {
        return dsl.fetchCount(PERSON, contains(PERSON.FULL_NAME, filter));
    }

    /** Case- and accent-insensitive (by the column's collation) "contains"; no filter matches all. */
    static Condition contains(Field<String> field, String filter) {
        return filter == null || filter.isBlank() ? DSL.trueCondition() : field.contains(filter.strip());
    }

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
        for (int i = 0; i < draft.facts().size(); i++) {
            dsl.insertInto(PLACE_FACT)
                    .set(PLACE_FACT.PLACE_ID, id)
                    .set(PLACE_FACT.POSITION, i)
                    .set(PLACE_FACT.TEXT, draft.facts().get(i))
                    .execute();
        }
        return id;
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
}
