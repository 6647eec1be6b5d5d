package fr.journees.workshop;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.INITIATIVE;
import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.WORKSHOP;
import static fr.journees.db.Tables.WORKSHOP_INITIATIVE;
import static org.jooq.impl.DSL.noCondition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.springframework.stereotype.Repository;

import fr.journees.directory.OrganisationKind;
import fr.journees.directory.OrganisationOption;

/** The library of inspiring initiatives, reused from one event to the next. */
@Repository
public class InitiativeRepository {

    private final DSLContext dsl;

    InitiativeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<InitiativeView> page(InitiativeFilter filter, List<InitiativeOrder> orders, int offset, int limit) {
        var sort = new ArrayList<SortField<?>>();
        for (var order : orders) {
            Field<String> field = switch (order.column()) {
                case TITLE -> INITIATIVE.TITLE;
                case PORTEUR -> ORGANISATION.NAME;
                case ACTS_ON -> INITIATIVE.ACTS_ON;
                case TERRITORY -> INITIATIVE.TERRITORY;
            };
            sort.add(order.descending() ? field.desc().nullsLast() : field.asc().nullsLast());
        }
        sort.add(INITIATIVE.TITLE.asc());
        sort.add(INITIATIVE.ID.asc());
        return dsl.select(INITIATIVE.ID, INITIATIVE.TITLE, ORGANISATION.NAME, INITIATIVE.ACTS_ON,
                        INITIATIVE.TERRITORY, INITIATIVE.DESCRIPTION)
                .from(INITIATIVE).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(INITIATIVE.PORTEUR_ORGANISATION_ID))
                .where(matches(filter))
                .orderBy(sort)
                .offset(offset).limit(limit)
                .fetch(r -> new InitiativeView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    public int count(InitiativeFilter filter) {
        return dsl.fetchCount(dsl.select(INITIATIVE.ID)
                .from(INITIATIVE).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(INITIATIVE.PORTEUR_ORGANISATION_ID))
                .where(matches(filter)));
    }

    private static Condition matches(InitiativeFilter filter) {
        var condition = noCondition();
        if (present(filter.text())) {
            var text = filter.text().strip();
            condition = condition.and(INITIATIVE.TITLE.contains(text).or(INITIATIVE.DESCRIPTION.contains(text))
                    .or(ORGANISATION.NAME.contains(text)));
        }
        if (present(filter.actsOn())) {
            condition = condition.and(INITIATIVE.ACTS_ON.eq(filter.actsOn().strip()));
        }
        if (present(filter.territory())) {
            condition = condition.and(INITIATIVE.TERRITORY.contains(filter.territory().strip()));
        }
        return condition;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** The "agir sur" themes in use, for the filter. */
    public List<String> themes() {
        return dsl.selectDistinct(INITIATIVE.ACTS_ON).from(INITIATIVE)
                .where(INITIATIVE.ACTS_ON.isNotNull())
                .orderBy(INITIATIVE.ACTS_ON)
                .fetch(INITIATIVE.ACTS_ON);
    }

    public Optional<InitiativeDetail> detail(long id) {
        return dsl.select(INITIATIVE.ID, INITIATIVE.VERSION, INITIATIVE.TITLE, ORGANISATION.ID, ORGANISATION.NAME,
                        ORGANISATION.KIND, INITIATIVE.ACTS_ON, INITIATIVE.TERRITORY, INITIATIVE.DESCRIPTION)
                .from(INITIATIVE).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(INITIATIVE.PORTEUR_ORGANISATION_ID))
                .where(INITIATIVE.ID.eq(id))
                .fetchOptional(r -> new InitiativeDetail(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null
                                : new OrganisationOption(r.value4(), r.value5(), OrganisationKind.valueOf(r.value6())),
                        r.value7(), r.value8(), r.value9()));
    }

    public Optional<Long> idByTitle(String title) {
        return dsl.select(INITIATIVE.ID).from(INITIATIVE).where(INITIATIVE.TITLE.eq(title))
                .fetchOptional(INITIATIVE.ID);
    }

    /** Compared as the column's collation does: case and accents aside. */
    boolean titleTaken(String title, Long exceptId) {
        return dsl.fetchExists(INITIATIVE, INITIATIVE.TITLE.eq(title)
                .and(exceptId == null ? noCondition() : INITIATIVE.ID.ne(exceptId)));
    }

    long insert(InitiativeDraft draft) {
        return dsl.insertInto(INITIATIVE)
                .set(INITIATIVE.TITLE, draft.title())
                .set(INITIATIVE.PORTEUR_ORGANISATION_ID, draft.porteurOrganisationId())
                .set(INITIATIVE.ACTS_ON, draft.actsOn())
                .set(INITIATIVE.TERRITORY, draft.territory())
                .set(INITIATIVE.DESCRIPTION, draft.description())
                .returningResult(INITIATIVE.ID)
                .fetchOne(INITIATIVE.ID);
    }

    /** The rows changed: 0 when the initiative is gone or was changed since {@code version} was read. */
    int update(long id, int version, InitiativeDraft draft) {
        return dsl.update(INITIATIVE)
                .set(INITIATIVE.TITLE, draft.title())
                .set(INITIATIVE.PORTEUR_ORGANISATION_ID, draft.porteurOrganisationId())
                .set(INITIATIVE.ACTS_ON, draft.actsOn())
                .set(INITIATIVE.TERRITORY, draft.territory())
                .set(INITIATIVE.DESCRIPTION, draft.description())
                .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1))
                .where(INITIATIVE.ID.eq(id), INITIATIVE.VERSION.eq(version))
                .execute();
    }

    /**
     * Locks the initiative's row until the transaction ends; a recueil entry being added meanwhile holds
     * a shared lock on it (the foreign key check), so this waits for it and the next read sees it.
     */
    boolean lock(long id) {
        return dsl.select(INITIATIVE.ID).from(INITIATIVE).where(INITIATIVE.ID.eq(id)).forUpdate()
                .fetchOptional().isPresent();
    }

    int delete(long id, int version) {
        return dsl.deleteFrom(INITIATIVE).where(INITIATIVE.ID.eq(id), INITIATIVE.VERSION.eq(version)).execute();
    }

    /** The workshops whose recueil lists the initiative, as "workshop (event)", the latest events first. */
    List<String> recueilsListing(long id) {
        return dsl.select(WORKSHOP.TITLE, EVENT.TITLE)
                .from(WORKSHOP_INITIATIVE)
                .join(WORKSHOP).on(WORKSHOP.ID.eq(WORKSHOP_INITIATIVE.WORKSHOP_ID))
                .join(EVENT).on(EVENT.ID.eq(WORKSHOP.EVENT_ID))
                .where(WORKSHOP_INITIATIVE.INITIATIVE_ID.eq(id))
                .orderBy(EVENT.EVENT_DATE.desc(), WORKSHOP.POSITION)
                .fetch(r -> r.value1() + " (" + r.value2() + ")");
    }
}
