package fr.journees.directory;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.ITINERARY_GUIDE;
import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.PERSON;
import static fr.journees.db.Tables.STOP_SPEAKER;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** People: speakers, guides, signatories. */
@Repository
public class PersonRepository extends DirectoryTableRepository {

    PersonRepository(DSLContext dsl) {
        super(dsl);
    }

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
}
