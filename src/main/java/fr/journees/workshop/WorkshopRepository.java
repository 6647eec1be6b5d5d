package fr.journees.workshop;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.INITIATIVE;
import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.WORKSHOP;
import static fr.journees.db.Tables.WORKSHOP_FACILITATOR;
import static fr.journees.db.Tables.WORKSHOP_INITIATIVE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class WorkshopRepository {

    private final DSLContext dsl;

    WorkshopRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<WorkshopView> forEvent(long eventId) {
        var facilitators = multiset(select(ACCOUNT.DISPLAY_NAME)
                .from(WORKSHOP_FACILITATOR).join(ACCOUNT).on(ACCOUNT.ID.eq(WORKSHOP_FACILITATOR.ACCOUNT_ID))
                .where(WORKSHOP_FACILITATOR.WORKSHOP_ID.eq(WORKSHOP.ID))
                .orderBy(ACCOUNT.DISPLAY_NAME)).convertFrom(r -> r.map(f -> f.value1()));
        var initiatives = multiset(select(INITIATIVE.ID, INITIATIVE.TITLE, ORGANISATION.NAME, INITIATIVE.ACTS_ON,
                        INITIATIVE.TERRITORY, INITIATIVE.DESCRIPTION)
                .from(WORKSHOP_INITIATIVE)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(WORKSHOP_INITIATIVE.INITIATIVE_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(INITIATIVE.PORTEUR_ORGANISATION_ID))
                .where(WORKSHOP_INITIATIVE.WORKSHOP_ID.eq(WORKSHOP.ID))
                .orderBy(WORKSHOP_INITIATIVE.POSITION))
                .convertFrom(r -> r.map(i -> new InitiativeView(i.value1(), i.value2(), i.value3(), i.value4(),
                        i.value5(), i.value6())));
        return dsl.select(WORKSHOP.ID, WORKSHOP.POSITION, WORKSHOP.TITLE, WORKSHOP.GUIDING_QUESTIONS,
                        WORKSHOP.OBJECTIVES, WORKSHOP.ROOM, WORKSHOP.CAPACITY, facilitators, initiatives)
                .from(WORKSHOP)
                .where(WORKSHOP.EVENT_ID.eq(eventId))
                .orderBy(WORKSHOP.POSITION, WORKSHOP.ID)
                .fetch(r -> new WorkshopView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    long insert(long eventId, WorkshopDraft draft) {
        int position = dsl.fetchCount(WORKSHOP, WORKSHOP.EVENT_ID.eq(eventId));
        return dsl.insertInto(WORKSHOP)
                .set(WORKSHOP.EVENT_ID, eventId)
                .set(WORKSHOP.POSITION, position)
                .set(WORKSHOP.TITLE, draft.title().strip())
                .set(WORKSHOP.GUIDING_QUESTIONS, draft.guidingQuestions())
                .set(WORKSHOP.OBJECTIVES, draft.objectives())
                .set(WORKSHOP.ROOM, draft.room())
                .set(WORKSHOP.CAPACITY, draft.capacity())
                .returningResult(WORKSHOP.ID)
                .fetchOne(WORKSHOP.ID);
    }

    void insertFacilitator(long workshopId, long accountId) {
        dsl.insertInto(WORKSHOP_FACILITATOR)
                .set(WORKSHOP_FACILITATOR.WORKSHOP_ID, workshopId)
                .set(WORKSHOP_FACILITATOR.ACCOUNT_ID, accountId)
                .onDuplicateKeyIgnore()
                .execute();
    }

    public Optional<Long> initiativeIdByTitle(String title) {
        return dsl.select(INITIATIVE.ID).from(INITIATIVE).where(INITIATIVE.TITLE.eq(title))
                .fetchOptional(INITIATIVE.ID);
    }

    long insertInitiative(InitiativeDraft draft) {
        return dsl.insertInto(INITIATIVE)
                .set(INITIATIVE.TITLE, draft.title().strip())
                .set(INITIATIVE.PORTEUR_ORGANISATION_ID, draft.porteurOrganisationId())
                .set(INITIATIVE.ACTS_ON, draft.actsOn())
                .set(INITIATIVE.TERRITORY, draft.territory())
                .set(INITIATIVE.DESCRIPTION, draft.description())
                .returningResult(INITIATIVE.ID)
                .fetchOne(INITIATIVE.ID);
    }

    void insertRecueilEntry(long workshopId, long initiativeId) {
        int position = dsl.fetchCount(WORKSHOP_INITIATIVE, WORKSHOP_INITIATIVE.WORKSHOP_ID.eq(workshopId));
        dsl.insertInto(WORKSHOP_INITIATIVE)
                .set(WORKSHOP_INITIATIVE.WORKSHOP_ID, workshopId)
                .set(WORKSHOP_INITIATIVE.INITIATIVE_ID, initiativeId)
                .set(WORKSHOP_INITIATIVE.POSITION, position)
                .onDuplicateKeyIgnore()
                .execute();
    }
}
