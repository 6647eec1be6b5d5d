package fr.journees.event;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.EVENT_ORGANISATION;
import static fr.journees.db.Tables.EVENT_TEXT;
import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.PROGRAMME_ITEM;
import static org.jooq.impl.DSL.coalesce;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record9;
import org.springframework.stereotype.Repository;

@Repository
public class EventRepository {

    private final DSLContext dsl;

    EventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Events, the most recent day first, one page at a time. */
    public List<EventSummary> summaries(int offset, int limit) {
        return summarySelect()
                .orderBy(EVENT.EVENT_DATE.desc(), EVENT.START_TIME.desc(), EVENT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(EventRepository::toSummary);
    }

    public int count() {
        return dsl.fetchCount(EVENT);
    }

    public Optional<EventSummary> summary(long eventId) {
        return summarySelect().where(EVENT.ID.eq(eventId)).fetchOptional(EventRepository::toSummary);
    }

    public Optional<EventHeader> header(long eventId) {
        return dsl.select(EVENT.ID, EVENT.SLUG, EVENT.TITLE, EVENT.EVENT_DATE, EVENT.START_TIME, EVENT.END_TIME,
                        EVENT.STATUS, EVENT.DEFAULT_WALK_MINUTES)
                .from(EVENT).where(EVENT.ID.eq(eventId))
                .fetchOptional(r -> new EventHeader(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), EventStatus.valueOf(r.value7()), r.value8()));
    }

    /** Locks the event row for the rest of the transaction, so that its status cannot change meanwhile. */
    public Optional<EventStatus> lockStatus(long eventId) {
        return dsl.select(EVENT.STATUS).from(EVENT).where(EVENT.ID.eq(eventId)).forUpdate()
                .fetchOptional(r -> EventStatus.valueOf(r.value1()));
    }

    public Optional<Long> idBySlug(String slug) {
        return dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq(slug)).fetchOptional(EVENT.ID);
    }

    public List<ProgrammeSlot> programme(long eventId) {
        return dsl.select(PROGRAMME_ITEM.ID, PROGRAMME_ITEM.START_TIME, PROGRAMME_ITEM.END_TIME, PROGRAMME_ITEM.KIND,
                        PROGRAMME_ITEM.TITLE, PROGRAMME_ITEM.DESCRIPTION,
                        coalesce(PROGRAMME_ITEM.LOCATION_TEXT, PLACE.NAME))
                .from(PROGRAMME_ITEM).leftJoin(PLACE).on(PLACE.ID.eq(PROGRAMME_ITEM.PLACE_ID))
                .where(PROGRAMME_ITEM.EVENT_ID.eq(eventId))
                .orderBy(PROGRAMME_ITEM.START_TIME, PROGRAMME_ITEM.ID)
                .fetch(r -> new ProgrammeSlot(r.value1(), r.value2(), r.value3(), ProgrammeKind.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7()));
    }

    public List<EventTextView> texts(long eventId) {
        return dsl.select(EVENT_TEXT.ID, EVENT_TEXT.SECTION, EVENT_TEXT.TITLE, EVENT_TEXT.AUTHOR_LINE, EVENT_TEXT.BODY)
                .from(EVENT_TEXT).where(EVENT_TEXT.EVENT_ID.eq(eventId))
                .orderBy(EVENT_TEXT.POSITION, EVENT_TEXT.ID)
                .fetch(r -> new EventTextView(r.value1(), TextSection.valueOf(r.value2()), r.value3(), r.value4(),
                        r.value5()));
    }

    public List<EventOrganisation> organisations(long eventId) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, EVENT_ORGANISATION.ROLE)
                .from(EVENT_ORGANISATION).join(ORGANISATION).on(ORGANISATION.ID.eq(EVENT_ORGANISATION.ORGANISATION_ID))
                .where(EVENT_ORGANISATION.EVENT_ID.eq(eventId))
                .orderBy(EVENT_ORGANISATION.ROLE, EVENT_ORGANISATION.POSITION)
                .fetch(r -> new EventOrganisation(r.value1(), r.value2(), OrganisationRole.valueOf(r.value3())));
    }

    long insert(EventDraft draft) {
        return dsl.insertInto(EVENT)
                .set(EVENT.SLUG, draft.slug())
                .set(EVENT.TITLE, draft.title().strip())
                .set(EVENT.SUBTITLE, draft.subtitle())
                .set(EVENT.THEME, draft.theme())
                .set(EVENT.EVENT_DATE, draft.date())
                .set(EVENT.START_TIME, draft.start())
                .set(EVENT.END_TIME, draft.end())
                .set(EVENT.VENUE_PLACE_ID, draft.venuePlaceId())
                .set(EVENT.STATUS, draft.status().name())
                .set(EVENT.REGISTRATION_OPENS_AT, draft.registrationOpensAt())
                .set(EVENT.REGISTRATION_CLOSES_AT, draft.registrationClosesAt())
                .set(EVENT.CAPACITY, draft.capacity())
                .set(EVENT.LUNCH_OFFERED, draft.lunchOffered())
                .set(EVENT.DEFAULT_WALK_MINUTES, draft.defaultWalkMinutes())
                .returningResult(EVENT.ID)
                .fetchOne(EVENT.ID);
    }

    void insertOrganisation(long eventId, long organisationId, OrganisationRole role, int position) {
        dsl.insertInto(EVENT_ORGANISATION)
                .set(EVENT_ORGANISATION.EVENT_ID, eventId)
                .set(EVENT_ORGANISATION.ORGANISATION_ID, organisationId)
                .set(EVENT_ORGANISATION.ROLE, role.name())
                .set(EVENT_ORGANISATION.POSITION, position)
                .execute();
    }

    void insertText(long eventId, EventTextDraft text, int position) {
        dsl.insertInto(EVENT_TEXT)
                .set(EVENT_TEXT.EVENT_ID, eventId)
                .set(EVENT_TEXT.SECTION, text.section().name())
                .set(EVENT_TEXT.POSITION, position)
                .set(EVENT_TEXT.TITLE, text.title())
                .set(EVENT_TEXT.AUTHOR_LINE, text.authorLine())
                .set(EVENT_TEXT.BODY, text.body())
                .execute();
    }

    void insertProgrammeItem(long eventId, ProgrammeItemDraft item) {
        dsl.insertInto(PROGRAMME_ITEM)
                .set(PROGRAMME_ITEM.EVENT_ID, eventId)
                .set(PROGRAMME_ITEM.START_TIME, item.start())
                .set(PROGRAMME_ITEM.END_TIME, item.end())
                .set(PROGRAMME_ITEM.KIND, item.kind().name())
                .set(PROGRAMME_ITEM.TITLE, item.title())
                .set(PROGRAMME_ITEM.DESCRIPTION, item.description())
                .set(PROGRAMME_ITEM.LOCATION_TEXT, item.locationText())
                .set(PROGRAMME_ITEM.PLACE_ID, item.placeId())
                .execute();
    }

    private org.jooq.SelectOnConditionStep<Record9<Long, String, String, String, java.time.LocalDate,
            java.time.LocalTime, java.time.LocalTime, String, String>> summarySelect() {
        return dsl.select(EVENT.ID, EVENT.SLUG, EVENT.TITLE, EVENT.SUBTITLE, EVENT.EVENT_DATE, EVENT.START_TIME,
                        EVENT.END_TIME, EVENT.STATUS, PLACE.NAME)
                .from(EVENT).leftJoin(PLACE).on(PLACE.ID.eq(EVENT.VENUE_PLACE_ID));
    }

    private static EventSummary toSummary(Record9<Long, String, String, String, java.time.LocalDate,
            java.time.LocalTime, java.time.LocalTime, String, String> r) {
        return new EventSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                EventStatus.valueOf(r.value8()), r.value9());
    }
}
