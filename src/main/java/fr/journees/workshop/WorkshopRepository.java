package fr.journees.workshop;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.INITIATIVE;
import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.WORKSHOP;
import static fr.journees.db.Tables.WORKSHOP_FACILITATOR;
import static fr.journees.db.Tables.WORKSHOP_INITIATIVE;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import fr.journees.security.AccountOption;

/** Workshops of events, their facilitators and their recueils. */
@Repository
public class WorkshopRepository {

    private final DSLContext dsl;

    WorkshopRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<WorkshopView> forEvent(long eventId) {
        var facilitators = multiset(select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME, ACCOUNT.EMAIL)
                .from(WORKSHOP_FACILITATOR).join(ACCOUNT).on(ACCOUNT.ID.eq(WORKSHOP_FACILITATOR.ACCOUNT_ID))
                .where(WORKSHOP_FACILITATOR.WORKSHOP_ID.eq(WORKSHOP.ID))
                .orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID)).convertFrom(r -> r.map(mapping(AccountOption::new)));
        var initiatives = multiset(select(INITIATIVE.ID, INITIATIVE.TITLE, ORGANISATION.NAME, INITIATIVE.ACTS_ON,
                        INITIATIVE.TERRITORY, INITIATIVE.DESCRIPTION)
                .from(WORKSHOP_INITIATIVE)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(WORKSHOP_INITIATIVE.INITIATIVE_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(INITIATIVE.PORTEUR_ORGANISATION_ID))
                .where(WORKSHOP_INITIATIVE.WORKSHOP_ID.eq(WORKSHOP.ID))
                .orderBy(WORKSHOP_INITIATIVE.POSITION, INITIATIVE.TITLE))
                .convertFrom(r -> r.map(mapping(InitiativeView::new)));
        return dsl.select(WORKSHOP.ID, WORKSHOP.VERSION, WORKSHOP.POSITION, WORKSHOP.TITLE,
                        WORKSHOP.GUIDING_QUESTIONS, WORKSHOP.OBJECTIVES, WORKSHOP.ROOM, WORKSHOP.CAPACITY,
                        facilitators, initiatives)
                .from(WORKSHOP)
                .where(WORKSHOP.EVENT_ID.eq(eventId))
                .orderBy(WORKSHOP.POSITION, WORKSHOP.ID)
                .fetch(mapping(WorkshopView::new));
    }

    public Optional<Long> eventIdOf(long workshopId) {
        return dsl.select(WORKSHOP.EVENT_ID).from(WORKSHOP).where(WORKSHOP.ID.eq(workshopId))
                .fetchOptional(WORKSHOP.EVENT_ID);
    }

    /** Compared as the column's collation does: case and accents aside. */
    boolean titleTaken(long eventId, String title, Long exceptId) {
        return dsl.fetchExists(WORKSHOP, WORKSHOP.EVENT_ID.eq(eventId).and(WORKSHOP.TITLE.eq(title))
                .and(exceptId == null ? noCondition() : WORKSHOP.ID.ne(exceptId)));
    }

    /** Adds the workshop after the event's last one. */
    long insert(long eventId, WorkshopDraft draft) {
        int position = dsl.select(coalesce(max(WORKSHOP.POSITION).plus(1), inline(0))).from(WORKSHOP)
                .where(WORKSHOP.EVENT_ID.eq(eventId)).fetchOne(0, Integer.class);
        return dsl.insertInto(WORKSHOP)
                .set(WORKSHOP.EVENT_ID, eventId)
                .set(WORKSHOP.POSITION, position)
                .set(WORKSHOP.TITLE, draft.title())
                .set(WORKSHOP.GUIDING_QUESTIONS, draft.guidingQuestions())
                .set(WORKSHOP.OBJECTIVES, draft.objectives())
                .set(WORKSHOP.ROOM, draft.room())
                .set(WORKSHOP.CAPACITY, draft.capacity())
                .returningResult(WORKSHOP.ID)
                .fetchOne(WORKSHOP.ID);
    }

    /** The rows changed: 0 when the workshop is gone or was changed since {@code version} was read. */
    int update(long workshopId, int version, WorkshopDraft draft) {
        return dsl.update(WORKSHOP)
                .set(WORKSHOP.TITLE, draft.title())
                .set(WORKSHOP.GUIDING_QUESTIONS, draft.guidingQuestions())
                .set(WORKSHOP.OBJECTIVES, draft.objectives())
                .set(WORKSHOP.ROOM, draft.room())
                .set(WORKSHOP.CAPACITY, draft.capacity())
                .set(WORKSHOP.VERSION, WORKSHOP.VERSION.plus(1))
                .where(WORKSHOP.ID.eq(workshopId), WORKSHOP.VERSION.eq(version))
                .execute();
    }

    int delete(long workshopId, int version) {
        return dsl.deleteFrom(WORKSHOP).where(WORKSHOP.ID.eq(workshopId), WORKSHOP.VERSION.eq(version)).execute();
    }

    List<Long> orderedIds(long eventId) {
        return dsl.select(WORKSHOP.ID).from(WORKSHOP).where(WORKSHOP.EVENT_ID.eq(eventId))
                .orderBy(WORKSHOP.POSITION, WORKSHOP.ID).fetch(WORKSHOP.ID);
    }

    /** Numbers the workshops 0, 1, 2… in the order given; positions are not versioned edits. */
    void renumber(List<Long> workshopIds) {
        dsl.batch(workshopIds.stream()
                .map(id -> dsl.update(WORKSHOP).set(WORKSHOP.POSITION, workshopIds.indexOf(id))
                        .where(WORKSHOP.ID.eq(id)))
                .toList()).execute();
    }

    void insertFacilitator(long workshopId, long accountId) {
        dsl.insertInto(WORKSHOP_FACILITATOR)
                .set(WORKSHOP_FACILITATOR.WORKSHOP_ID, workshopId)
                .set(WORKSHOP_FACILITATOR.ACCOUNT_ID, accountId)
                .onDuplicateKeyIgnore()
                .execute();
    }

    void replaceFacilitators(long workshopId, Set<Long> accountIds) {
        dsl.deleteFrom(WORKSHOP_FACILITATOR)
                .where(WORKSHOP_FACILITATOR.WORKSHOP_ID.eq(workshopId))
                .and(WORKSHOP_FACILITATOR.ACCOUNT_ID.notIn(accountIds))
                .execute();
        accountIds.forEach(accountId -> insertFacilitator(workshopId, accountId));
    }

    List<Long> recueil(long workshopId) {
        return dsl.select(WORKSHOP_INITIATIVE.INITIATIVE_ID).from(WORKSHOP_INITIATIVE)
                .where(WORKSHOP_INITIATIVE.WORKSHOP_ID.eq(workshopId))
                .orderBy(WORKSHOP_INITIATIVE.POSITION, WORKSHOP_INITIATIVE.INITIATIVE_ID)
                .fetch(WORKSHOP_INITIATIVE.INITIATIVE_ID);
    }

    /** Appends the initiative to the recueil; nothing when it is already there. */
    void insertRecueilEntry(long workshopId, long initiativeId) {
        int position = dsl.select(coalesce(max(WORKSHOP_INITIATIVE.POSITION).plus(1), inline(0)))
                .from(WORKSHOP_INITIATIVE).where(WORKSHOP_INITIATIVE.WORKSHOP_ID.eq(workshopId))
                .fetchOne(0, Integer.class);
        dsl.insertInto(WORKSHOP_INITIATIVE)
                .set(WORKSHOP_INITIATIVE.WORKSHOP_ID, workshopId)
                .set(WORKSHOP_INITIATIVE.INITIATIVE_ID, initiativeId)
                .set(WORKSHOP_INITIATIVE.POSITION, position)
                .onDuplicateKeyIgnore()
                .execute();
    }

    void deleteRecueilEntry(long workshopId, long initiativeId) {
        dsl.deleteFrom(WORKSHOP_INITIATIVE)
                .where(WORKSHOP_INITIATIVE.WORKSHOP_ID.eq(workshopId),
                        WORKSHOP_INITIATIVE.INITIATIVE_ID.eq(initiativeId))
                .execute();
    }

    void renumberRecueil(long workshopId, List<Long> initiativeIds) {
        dsl.batch(initiativeIds.stream()
                .map(id -> dsl.update(WORKSHOP_INITIATIVE).set(WORKSHOP_INITIATIVE.POSITION, initiativeIds.indexOf(id))
                        .where(WORKSHOP_INITIATIVE.WORKSHOP_ID.eq(workshopId),
                                WORKSHOP_INITIATIVE.INITIATIVE_ID.eq(id)))
                .toList()).execute();
    }

    /** Copies the event's workshops, in order, with their facilitators and recueils, onto another event. */
    void copyAll(long sourceEventId, long copyEventId) {
        var sources = dsl.selectFrom(WORKSHOP).where(WORKSHOP.EVENT_ID.eq(sourceEventId))
                .orderBy(WORKSHOP.POSITION, WORKSHOP.ID).fetch();
        for (var source : sources) {
            long copyId = dsl.insertInto(WORKSHOP)
                    .set(WORKSHOP.EVENT_ID, copyEventId)
                    .set(WORKSHOP.POSITION, source.getPosition())
                    .set(WORKSHOP.TITLE, source.getTitle())
                    .set(WORKSHOP.GUIDING_QUESTIONS, source.getGuidingQuestions())
                    .set(WORKSHOP.OBJECTIVES, source.getObjectives())
                    .set(WORKSHOP.ROOM, source.getRoom())
                    .set(WORKSHOP.CAPACITY, source.getCapacity())
                    .returningResult(WORKSHOP.ID)
                    .fetchOne(WORKSHOP.ID);
            dsl.insertInto(WORKSHOP_FACILITATOR, WORKSHOP_FACILITATOR.WORKSHOP_ID, WORKSHOP_FACILITATOR.ACCOUNT_ID)
                    .select(select(inline(copyId), WORKSHOP_FACILITATOR.ACCOUNT_ID).from(WORKSHOP_FACILITATOR)
                            .where(WORKSHOP_FACILITATOR.WORKSHOP_ID.eq(source.getId())))
                    .execute();
            dsl.insertInto(WORKSHOP_INITIATIVE, WORKSHOP_INITIATIVE.WORKSHOP_ID, WORKSHOP_INITIATIVE.INITIATIVE_ID,
                            WORKSHOP_INITIATIVE.POSITION)
                    .select(select(inline(copyId), WORKSHOP_INITIATIVE.INITIATIVE_ID, WORKSHOP_INITIATIVE.POSITION)
                            .from(WORKSHOP_INITIATIVE).where(WORKSHOP_INITIATIVE.WORKSHOP_ID.eq(source.getId())))
                    .execute();
        }
    }
}
