package fr.journees.event;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.EVENT_ORGANISATION;
import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.PLACE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Events and their organisers and partners. */
@Repository
public class EventRepository {

    private final DSLContext dsl;

    EventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Events, the most recent day first, one page at a time. */
    public List<EventSummary> summaries(int offset, int limit) {
        return page(EventListFilter.ALL, null, LocalDate.now(), offset, limit);
    }

    public List<EventSummary> page(EventListFilter filter, String search, LocalDate today, int offset, int limit) {
        var ascending = filter == EventListFilter.UPCOMING;
        return summarySelect()
                .where(condition(filter, search, today))
                .orderBy(ascending ? EVENT.EVENT_DATE.asc() : EVENT.EVENT_DATE.desc(),
                        ascending ? EVENT.START_TIME.asc() : EVENT.START_TIME.desc(), EVENT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(EventRepository::toSummary);
    }

    /** Events of those dates (both included) that left the draft stage, in date order. */
    public List<EventSummary> heldBetween(LocalDate from, LocalDate to) {
        return summarySelect()
                .where(EVENT.EVENT_DATE.between(from, to), EVENT.STATUS.ne(EventStatus.DRAFT.name()))
                .orderBy(EVENT.EVENT_DATE.asc(), EVENT.START_TIME.asc(), EVENT.ID.asc())
                .fetch(EventRepository::toSummary);
    }

    /** The days still to come (drafts included, archived ones not), soonest first. */
    public List<EventSummary> upcoming(LocalDate today, int limit) {
        return summarySelect()
                .where(EVENT.EVENT_DATE.ge(today), EVENT.STATUS.ne(EventStatus.ARCHIVED.name()))
                .orderBy(EVENT.EVENT_DATE.asc(), EVENT.START_TIME.asc(), EVENT.ID.asc())
                .limit(limit)
                .fetch(EventRepository::toSummary);
    }

    /** Published events, the coming ones first (soonest first), then the past ones (latest first). */
    public List<EventSummary> published(LocalDate today, int offset, int limit) {
        var past = DSL.when(EVENT.EVENT_DATE.lt(today), 1).otherwise(0);
        return summarySelect()
                .where(EVENT.STATUS.eq(EventStatus.PUBLISHED.name()))
                .orderBy(past.asc(), DSL.when(EVENT.EVENT_DATE.ge(today), EVENT.EVENT_DATE).asc(),
                        EVENT.EVENT_DATE.desc(), EVENT.START_TIME.asc(), EVENT.ID.asc())
                .offset(offset).limit(limit)
                .fetch(EventRepository::toSummary);
    }

    public int countPublished() {
        return dsl.fetchCount(EVENT, EVENT.STATUS.eq(EventStatus.PUBLISHED.name()));
    }

    public int count(EventListFilter filter, String search, LocalDate today) {
        return dsl.fetchCount(EVENT, condition(filter, search, today));
    }

    public int count() {
        return dsl.fetchCount(EVENT);
    }

    private static Condition condition(EventListFilter filter, String search, LocalDate today) {
        Condition condition = switch (filter) {
            case UPCOMING -> EVENT.EVENT_DATE.ge(today);
            case PAST -> EVENT.EVENT_DATE.lt(today);
            case DRAFTS -> EVENT.STATUS.eq(EventStatus.DRAFT.name());
            case ALL -> DSL.trueCondition();
        };
        if (search != null && !search.isBlank()) {
            condition = condition.and(EVENT.TITLE.contains(search.strip()).or(EVENT.SLUG.contains(search.strip())));
        }
        return condition;
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

    public Optional<EventDetails> details(long eventId) {
        var organisations = organisations(eventId);
        // Not the logo: a picture of up to megabytes has no business in every read of the event.
        return dsl.select(EVENT.asterisk().except(EVENT.LOGO), PLACE.NAME).from(EVENT)
                .leftJoin(PLACE).on(PLACE.ID.eq(EVENT.VENUE_PLACE_ID))
                .where(EVENT.ID.eq(eventId))
                .fetchOptional(r -> {
                    var e = r.into(EVENT);
                    return new EventDetails(e.getId(), e.getVersion(), e.getSlug(), e.getTitle(), e.getSubtitle(),
                            e.getTheme(), e.getEventDate(), e.getStartTime(), e.getEndTime(), e.getVenuePlaceId(),
                            r.get(PLACE.NAME), EventStatus.valueOf(e.getStatus()), e.getRegistrationOpensAt(),
                            e.getRegistrationClosesAt(), e.getCapacity(), e.getLunchOffered(),
                            e.getDefaultWalkMinutes(), organisations);
                });
    }

    public Optional<EventBranding> branding(long eventId) {
        return dsl.select(EVENT.ACCENT_COLOUR, EVENT.LOGO, EVENT.LOGO_TYPE).from(EVENT).where(EVENT.ID.eq(eventId))
                .fetchOptional(r -> new EventBranding(r.value1(), r.value2(), r.value3()));
    }

    void updateAccent(long eventId, String accentColour) {
        dsl.update(EVENT).set(EVENT.ACCENT_COLOUR, accentColour).where(EVENT.ID.eq(eventId)).execute();
    }

    void updateLogo(long eventId, byte[] logo, String logoType) {
        dsl.update(EVENT).set(EVENT.LOGO, logo).set(EVENT.LOGO_TYPE, logoType).where(EVENT.ID.eq(eventId)).execute();
    }

    /** Locks the event row for the rest of the transaction, so that its status cannot change meanwhile. */
    public Optional<EventStatus> lockStatus(long eventId) {
        return dsl.select(EVENT.STATUS).from(EVENT).where(EVENT.ID.eq(eventId)).forUpdate()
                .fetchOptional(r -> EventStatus.valueOf(r.value1()));
    }

    void updateBanquePublic(long eventId, boolean published) {
        dsl.update(EVENT).set(EVENT.BANQUE_PUBLIC, published).where(EVENT.ID.eq(eventId)).execute();
    }

    boolean banquePublic(long eventId) {
        return dsl.select(EVENT.BANQUE_PUBLIC).from(EVENT).where(EVENT.ID.eq(eventId))
                .fetchOptional(EVENT.BANQUE_PUBLIC).orElse(false);
    }

    /** The secret token of the event's public restitution board, when the link is enabled. */
    public Optional<String> enabledBoardToken(long eventId) {
        return dsl.select(EVENT.BOARD_PUBLIC_TOKEN).from(EVENT)
                .where(EVENT.ID.eq(eventId).and(EVENT.BOARD_PUBLIC_ENABLED.isTrue()))
                .fetchOptional(EVENT.BOARD_PUBLIC_TOKEN);
    }

    /** Turns the public board link on with this token, or off (the token is forgotten). */
    public int setBoardLink(long eventId, String tokenOrNull) {
        return dsl.update(EVENT)
                .set(EVENT.BOARD_PUBLIC_ENABLED, tokenOrNull != null)
                .set(EVENT.BOARD_PUBLIC_TOKEN, tokenOrNull)
                .where(EVENT.ID.eq(eventId))
                .execute();
    }

    public Optional<Long> idByEnabledBoardToken(String token) {
        return dsl.select(EVENT.ID).from(EVENT)
                .where(EVENT.BOARD_PUBLIC_TOKEN.eq(token).and(EVENT.BOARD_PUBLIC_ENABLED.isTrue()))
                .fetchOptional(EVENT.ID);
    }

    public Optional<Long> publishedId(String slug) {
        return dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq(slug).and(EVENT.STATUS.eq(EventStatus.PUBLISHED.name())))
                .fetchOptional(EVENT.ID);
    }

    public Optional<Long> idBySlug(String slug) {
        return dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq(slug)).fetchOptional(EVENT.ID);
    }

    public boolean slugTaken(String slug, Long exceptEventId) {
        var condition = EVENT.SLUG.eq(slug);
        if (exceptEventId != null) {
            condition = condition.and(EVENT.ID.ne(exceptEventId));
        }
        return dsl.fetchExists(EVENT, condition);
    }

    public List<EventOrganisation> organisations(long eventId) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, EVENT_ORGANISATION.ROLE, ORGANISATION.LOGO.isNotNull())
                .from(EVENT_ORGANISATION).join(ORGANISATION).on(ORGANISATION.ID.eq(EVENT_ORGANISATION.ORGANISATION_ID))
                .where(EVENT_ORGANISATION.EVENT_ID.eq(eventId))
                .orderBy(EVENT_ORGANISATION.ROLE, EVENT_ORGANISATION.POSITION)
                .fetch(r -> new EventOrganisation(r.value1(), r.value2(), OrganisationRole.valueOf(r.value3()),
                        r.value4()));
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

    /** Saves everything but the status, if nobody changed the event since {@code version}. */
    boolean update(long eventId, int version, EventDraft draft) {
        return dsl.update(EVENT)
                .set(EVENT.SLUG, draft.slug())
                .set(EVENT.TITLE, draft.title().strip())
                .set(EVENT.SUBTITLE, draft.subtitle())
                .set(EVENT.THEME, draft.theme())
                .set(EVENT.EVENT_DATE, draft.date())
                .set(EVENT.START_TIME, draft.start())
                .set(EVENT.END_TIME, draft.end())
                .set(EVENT.VENUE_PLACE_ID, draft.venuePlaceId())
                .set(EVENT.REGISTRATION_OPENS_AT, draft.registrationOpensAt())
                .set(EVENT.REGISTRATION_CLOSES_AT, draft.registrationClosesAt())
                .set(EVENT.CAPACITY, draft.capacity())
                .set(EVENT.LUNCH_OFFERED, draft.lunchOffered())
                .set(EVENT.DEFAULT_WALK_MINUTES, draft.defaultWalkMinutes())
                .set(EVENT.VERSION, EVENT.VERSION.plus(1))
                .where(EVENT.ID.eq(eventId).and(EVENT.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean updateStatus(long eventId, int version, EventStatus status) {
        return dsl.update(EVENT)
                .set(EVENT.STATUS, status.name())
                .set(EVENT.VERSION, EVENT.VERSION.plus(1))
                .where(EVENT.ID.eq(eventId).and(EVENT.VERSION.eq(version)))
                .execute() == 1;
    }

    void replaceOrganisations(long eventId, List<Long> organiserIds, List<Long> partnerIds) {
        dsl.deleteFrom(EVENT_ORGANISATION).where(EVENT_ORGANISATION.EVENT_ID.eq(eventId)).execute();
        for (int i = 0; i < organiserIds.size(); i++) {
            insertOrganisation(eventId, organiserIds.get(i), OrganisationRole.ORGANISER, i);
        }
        for (int i = 0; i < partnerIds.size(); i++) {
            insertOrganisation(eventId, partnerIds.get(i), OrganisationRole.PARTNER, i);
        }
    }

    private void insertOrganisation(long eventId, long organisationId, OrganisationRole role, int position) {
        dsl.insertInto(EVENT_ORGANISATION)
                .set(EVENT_ORGANISATION.EVENT_ID, eventId)
                .set(EVENT_ORGANISATION.ORGANISATION_ID, organisationId)
                .set(EVENT_ORGANISATION.ROLE, role.name())
                .set(EVENT_ORGANISATION.POSITION, position)
                .onDuplicateKeyIgnore()
                .execute();
    }

    private SelectOnConditionStep<Record9<Long, String, String, String, LocalDate, LocalTime, LocalTime, String,
            String>> summarySelect() {
        return dsl.select(EVENT.ID, EVENT.SLUG, EVENT.TITLE, EVENT.SUBTITLE, EVENT.EVENT_DATE, EVENT.START_TIME,
                        EVENT.END_TIME, EVENT.STATUS, PLACE.NAME)
                .from(EVENT).leftJoin(PLACE).on(PLACE.ID.eq(EVENT.VENUE_PLACE_ID));
    }

    private static EventSummary toSummary(Record9<Long, String, String, String, LocalDate, LocalTime, LocalTime,
            String, String> r) {
        return new EventSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                EventStatus.valueOf(r.value8()), r.value9());
    }
}
