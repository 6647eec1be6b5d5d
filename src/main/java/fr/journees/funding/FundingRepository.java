package fr.journees.funding;

import static fr.journees.db.Tables.FUNDER;
import static fr.journees.db.Tables.ORGANISATION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The funder lines of events. */
@Repository
class FundingRepository {

    private final DSLContext dsl;

    FundingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<FunderLine> lines(long eventId) {
        return dsl.select(FUNDER.fields()).select(ORGANISATION.NAME).from(FUNDER)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(FUNDER.ORGANISATION_ID))
                .where(FUNDER.EVENT_ID.eq(eventId))
                .orderBy(FUNDER.POSITION, FUNDER.ID)
                .fetch(FundingRepository::line);
    }

    Optional<Long> eventOf(long funderId) {
        return dsl.select(FUNDER.EVENT_ID).from(FUNDER).where(FUNDER.ID.eq(funderId)).fetchOptional(FUNDER.EVENT_ID);
    }

    long insert(long eventId, FunderDraft draft) {
        int position = dsl.select(coalesce(max(FUNDER.POSITION), -1)).from(FUNDER)
                .where(FUNDER.EVENT_ID.eq(eventId)).fetchSingle().value1() + 1;
        return dsl.insertInto(FUNDER)
                .set(FUNDER.EVENT_ID, eventId)
                .set(values(draft))
                .set(FUNDER.SELF_FINANCING, false)
                .set(FUNDER.POSITION, position)
                .returningResult(FUNDER.ID).fetchSingle(FUNDER.ID);
    }

    int update(long funderId, int version, FunderDraft draft) {
        return dsl.update(FUNDER)
                .set(values(draft))
                .set(FUNDER.VERSION, FUNDER.VERSION.plus(1))
                .where(FUNDER.ID.eq(funderId), FUNDER.VERSION.eq(version), FUNDER.SELF_FINANCING.isFalse())
                .execute();
    }

    int delete(long funderId, int version) {
        return dsl.deleteFrom(FUNDER).where(FUNDER.ID.eq(funderId), FUNDER.VERSION.eq(version)).execute();
    }

    /** The event's one self-financing line, written whether or not it existed (the event row is locked). */
    void saveSelfFinancing(long eventId, String name, SelfFinancingDraft draft) {
        int updated = dsl.update(FUNDER)
                .set(FUNDER.AMOUNT, draft.amount())
                .set(FUNDER.RATE_PERCENT, draft.typedRate())
                .set(FUNDER.VERSION, FUNDER.VERSION.plus(1))
                .where(FUNDER.EVENT_ID.eq(eventId), FUNDER.SELF_FINANCING.isTrue())
                .execute();
        if (updated == 0) {
            dsl.insertInto(FUNDER)
                    .set(FUNDER.EVENT_ID, eventId)
                    .set(FUNDER.NAME, name)
                    .set(FUNDER.CATEGORY, (String) null)
                    .set(FUNDER.AMOUNT, draft.amount())
                    .set(FUNDER.RATE_PERCENT, draft.typedRate())
                    .set(FUNDER.SELF_FINANCING, true)
                    .set(FUNDER.SELF_FINANCING_KEY, true)
                    .set(FUNDER.POSITION, Integer.MAX_VALUE)
                    .execute();
        }
    }

    int deleteSelfFinancing(long eventId) {
        return dsl.deleteFrom(FUNDER).where(FUNDER.EVENT_ID.eq(eventId), FUNDER.SELF_FINANCING.isTrue()).execute();
    }

    /** What a funder line's draft sets, the same on insert and update. */
    private static Map<Field<?>, Object> values(FunderDraft draft) {
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(FUNDER.CATEGORY, draft.category().name());
        values.put(FUNDER.NAME, draft.name());
        values.put(FUNDER.ORGANISATION_ID, draft.organisationId());
        values.put(FUNDER.PROGRAMME_LABEL, draft.programmeLabel());
        values.put(FUNDER.AMOUNT, draft.amount());
        values.put(FUNDER.RATE_PERCENT, draft.typedRate());
        return values;
    }

    private static FunderLine line(Record r) {
        var category = r.get(FUNDER.CATEGORY);
        return new FunderLine(r.get(FUNDER.ID), r.get(FUNDER.VERSION),
                category == null ? null : FunderCategory.valueOf(category), r.get(FUNDER.NAME),
                r.get(FUNDER.ORGANISATION_ID), r.get(ORGANISATION.NAME), r.get(FUNDER.PROGRAMME_LABEL),
                r.get(FUNDER.AMOUNT), r.get(FUNDER.RATE_PERCENT), r.get(FUNDER.SELF_FINANCING));
    }
}
