package fr.journees.directory;

import static fr.journees.db.Tables.EVENT_ORGANISATION;
import static fr.journees.db.Tables.FUNDER;
import static fr.journees.db.Tables.INITIATIVE;
import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.PERSON;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Organisations: organisers, partners, porteurs of initiatives, participants' structures. */
@Repository
public class OrganisationRepository extends DirectoryTableRepository {

    OrganisationRepository(DSLContext dsl) {
        super(dsl);
    }

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

    /** Sets or (with nulls) removes the logo; false when there is no such organisation. */
    boolean updateLogo(long id, byte[] logo, String type) {
        return dsl.update(ORGANISATION).set(ORGANISATION.LOGO, logo).set(ORGANISATION.LOGO_TYPE, type)
                .where(ORGANISATION.ID.eq(id)).execute() == 1;
    }

    Optional<byte[]> logo(long id) {
        return dsl.select(ORGANISATION.LOGO).from(ORGANISATION).where(ORGANISATION.ID.eq(id).and(ORGANISATION.LOGO.isNotNull()))
                .fetchOptional(ORGANISATION.LOGO);
    }
}
