package fr.journees.directory;

import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.PERSON;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.PLACE_FACT;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Organisations, places and people: the directories reused from one event to the next. */
@Repository
public class DirectoryRepository {

    private final DSLContext dsl;

    DirectoryRepository(DSLContext dsl) {
        this.dsl = dsl;
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
