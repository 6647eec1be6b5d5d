package fr.journees.registration;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.REGISTRATION;
import static fr.journees.db.Tables.WORKSHOP;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import fr.journees.event.EventStatus;

/** Registrations, and the capacity rows they are counted against (read and locked, never written here). */
@Repository
public class RegistrationRepository {

    private static final Field<Integer> WAITLIST_POSITION = DSL.field(
            DSL.selectCount().from(REGISTRATION.as("w"))
                    .where(DSL.field(DSL.name("w", "event_id"), Long.class).eq(REGISTRATION.EVENT_ID))
                    .and(DSL.field(DSL.name("w", "status"), String.class).eq(RegistrationStatus.WAITLISTED.name()))
                    .and(DSL.field(DSL.name("w", "id"), Long.class).le(REGISTRATION.ID))).as("waitlist_position");

    private final DSLContext dsl;

    RegistrationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The first lock of every registration transaction: event, then itineraries, then workshops. */
    Optional<LockedEvent> lockEvent(long eventId) {
        return dsl.select(EVENT.ID, EVENT.SLUG, EVENT.TITLE, EVENT.EVENT_DATE, EVENT.START_TIME, EVENT.STATUS,
                        EVENT.REGISTRATION_OPENS_AT, EVENT.REGISTRATION_CLOSES_AT, EVENT.CAPACITY)
                .from(EVENT).where(EVENT.ID.eq(eventId)).forUpdate()
                .fetchOptional(r -> new LockedEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        EventStatus.valueOf(r.value6()), r.value7(), r.value8(), r.value9()));
    }

    /** Locks the event's itineraries and workshops (in id order) and counts the confirmed under the lock. */
    Capacities lockCapacities(LockedEvent event) {
        var itineraryCounts = confirmedBy(event.id(), REGISTRATION.ASSIGNED_ITINERARY_ID);
        var itineraries = dsl.select(ITINERARY.ID, ITINERARY.CAPACITY).from(ITINERARY)
                .where(ITINERARY.EVENT_ID.eq(event.id())).orderBy(ITINERARY.ID).forUpdate()
                .fetch(r -> new Capacities.Slot(r.value1(), r.value2(), itineraryCounts.getOrDefault(r.value1(), 0)));
        var workshops = dsl.select(WORKSHOP.ID, WORKSHOP.CAPACITY).from(WORKSHOP)
                .where(WORKSHOP.EVENT_ID.eq(event.id())).orderBy(WORKSHOP.ID).forUpdate()
                .fetch(r -> new Capacities.Slot(r.value1(), r.value2(), 0));
        var workshopCounts = confirmedBy(event.id(), REGISTRATION.ASSIGNED_WORKSHOP_ID);
        workshops.forEach(w -> w.confirmed = workshopCounts.getOrDefault(w.id, 0));
        int confirmed = dsl.fetchCount(REGISTRATION, REGISTRATION.EVENT_ID.eq(event.id())
                .and(REGISTRATION.STATUS.eq(RegistrationStatus.CONFIRMED.name())));
        return new Capacities(event.capacity(), confirmed, itineraries, workshops);
    }

    private Map<Long, Integer> confirmedBy(long eventId, Field<Long> group) {
        return dsl.select(group, DSL.count()).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId).and(REGISTRATION.STATUS.eq(RegistrationStatus.CONFIRMED.name()))
                        .and(group.isNotNull()))
                .groupBy(group).fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Frees the e-mail of a cancelled registration so that the person can register anew, in the queue's order. */
    void deleteCancelled(long eventId, String email) {
        dsl.deleteFrom(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId).and(REGISTRATION.EMAIL.eq(email))
                        .and(REGISTRATION.STATUS.eq(RegistrationStatus.CANCELLED.name())))
                .execute();
    }

    boolean emailTaken(long eventId, String email) {
        return dsl.fetchExists(REGISTRATION, REGISTRATION.EVENT_ID.eq(eventId).and(REGISTRATION.EMAIL.eq(email)));
    }

    long insert(long eventId, String token, RegistrationRequest r, RegistrationStatus status, Seat seat,
                LocalDateTime now) {
        return dsl.insertInto(REGISTRATION)
                .set(REGISTRATION.EVENT_ID, eventId)
                .set(REGISTRATION.TOKEN, token)
                .set(REGISTRATION.CHECKIN_CODE, CheckinCodes.next())
                .set(REGISTRATION.FIRST_NAME, r.firstName().strip())
                .set(REGISTRATION.LAST_NAME, r.lastName().strip())
                .set(REGISTRATION.EMAIL, r.normalisedEmail())
                .set(REGISTRATION.PHONE, blankToNull(r.phone()))
                .set(REGISTRATION.ORGANISATION_NAME, blankToNull(r.organisation()))
                .set(REGISTRATION.FUNCTION_TITLE, blankToNull(r.function()))
                .set(REGISTRATION.TERRITORY, blankToNull(r.territory()))
                .set(REGISTRATION.PREFERRED_ITINERARY_ID, r.preferredItineraryId())
                .set(REGISTRATION.PREFERRED_WORKSHOP_ID, r.preferredWorkshopId())
                .set(REGISTRATION.ASSIGNED_ITINERARY_ID, seat == null ? null : seat.itineraryId())
                .set(REGISTRATION.ASSIGNED_WORKSHOP_ID, seat == null ? null : seat.workshopId())
                .set(REGISTRATION.LUNCH, r.lunch())
                .set(REGISTRATION.DIETARY_NEEDS, blankToNull(r.dietaryNeeds()))
                .set(REGISTRATION.ACCESSIBILITY_NEEDS, blankToNull(r.accessibilityNeeds()))
                .set(REGISTRATION.CONSENT_DATA, r.consentData())
                .set(REGISTRATION.CONSENT_PHOTOS, r.consentPhotos())
                .set(REGISTRATION.STATUS, status.name())
                .set(REGISTRATION.LANGUAGE, r.language() == null ? "fr" : r.language())
                .set(REGISTRATION.WAITLISTED_AT, status == RegistrationStatus.WAITLISTED ? now : null)
                .returningResult(REGISTRATION.ID)
                .fetchOne(REGISTRATION.ID);
    }

    /** The personal details and preferences, if nobody changed the registration since {@code version}. */
    boolean updateDetails(long id, int version, RegistrationRequest r) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.FIRST_NAME, r.firstName().strip())
                .set(REGISTRATION.LAST_NAME, r.lastName().strip())
                .set(REGISTRATION.EMAIL, r.normalisedEmail())
                .set(REGISTRATION.PHONE, blankToNull(r.phone()))
                .set(REGISTRATION.ORGANISATION_NAME, blankToNull(r.organisation()))
                .set(REGISTRATION.FUNCTION_TITLE, blankToNull(r.function()))
                .set(REGISTRATION.TERRITORY, blankToNull(r.territory()))
                .set(REGISTRATION.PREFERRED_ITINERARY_ID, r.preferredItineraryId())
                .set(REGISTRATION.PREFERRED_WORKSHOP_ID, r.preferredWorkshopId())
                .set(REGISTRATION.LUNCH, r.lunch())
                .set(REGISTRATION.DIETARY_NEEDS, blankToNull(r.dietaryNeeds()))
                .set(REGISTRATION.ACCESSIBILITY_NEEDS, blankToNull(r.accessibilityNeeds()))
                .set(REGISTRATION.CONSENT_PHOTOS, r.consentPhotos())
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(REGISTRATION.ID.eq(id).and(REGISTRATION.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean assign(long id, int version, Seat seat) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.ASSIGNED_ITINERARY_ID, seat.itineraryId())
                .set(REGISTRATION.ASSIGNED_WORKSHOP_ID, seat.workshopId())
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(REGISTRATION.ID.eq(id).and(REGISTRATION.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Only a waitlisted registration is promoted: the status condition makes a second promotion a no-op. */
    boolean promote(long id, Seat seat) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.STATUS, RegistrationStatus.CONFIRMED.name())
                .set(REGISTRATION.ASSIGNED_ITINERARY_ID, seat.itineraryId())
                .set(REGISTRATION.ASSIGNED_WORKSHOP_ID, seat.workshopId())
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(REGISTRATION.ID.eq(id).and(REGISTRATION.STATUS.eq(RegistrationStatus.WAITLISTED.name())))
                .execute() == 1;
    }

    boolean cancel(long id, int version, LocalDateTime now) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.STATUS, RegistrationStatus.CANCELLED.name())
                .set(REGISTRATION.CANCELLED_AT, now)
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(REGISTRATION.ID.eq(id).and(REGISTRATION.VERSION.eq(version))
                        .and(REGISTRATION.STATUS.ne(RegistrationStatus.CANCELLED.name())))
                .execute() == 1;
    }

    /** Waitlisted registrations of the event, first arrived first. */
    List<RegistrationView> waitlisted(long eventId) {
        return select().where(REGISTRATION.EVENT_ID.eq(eventId)
                        .and(REGISTRATION.STATUS.eq(RegistrationStatus.WAITLISTED.name())))
                .orderBy(REGISTRATION.ID).fetch(RegistrationRepository::toView);
    }

    /** Confirmed registrations lacking an itinerary or a workshop, in arrival order. */
    List<RegistrationView> unassigned(long eventId, boolean itineraries, boolean workshops) {
        Condition missing = DSL.falseCondition();
        if (itineraries) {
            missing = missing.or(REGISTRATION.ASSIGNED_ITINERARY_ID.isNull());
        }
        if (workshops) {
            missing = missing.or(REGISTRATION.ASSIGNED_WORKSHOP_ID.isNull());
        }
        return select().where(REGISTRATION.EVENT_ID.eq(eventId)
                        .and(REGISTRATION.STATUS.eq(RegistrationStatus.CONFIRMED.name())).and(missing))
                .orderBy(REGISTRATION.ID).fetch(RegistrationRepository::toView);
    }

    public Optional<RegistrationView> byToken(String token) {
        return select().where(REGISTRATION.TOKEN.eq(token)).fetchOptional(RegistrationRepository::toView);
    }

    public Optional<RegistrationView> byId(long id) {
        return select().where(REGISTRATION.ID.eq(id)).fetchOptional(RegistrationRepository::toView);
    }

    public Optional<RegistrationView> byEmail(long eventId, String email) {
        return select().where(REGISTRATION.EVENT_ID.eq(eventId).and(REGISTRATION.EMAIL.eq(email)))
                .fetchOptional(RegistrationRepository::toView);
    }

    public List<RegistrationView> page(long eventId, RegistrationFilter filter, int offset, int limit) {
        return select().where(condition(eventId, filter))
                .orderBy(REGISTRATION.LAST_NAME, REGISTRATION.FIRST_NAME, REGISTRATION.ID)
                .offset(offset).limit(limit).fetch(RegistrationRepository::toView);
    }

    public int count(long eventId, RegistrationFilter filter) {
        return dsl.fetchCount(REGISTRATION, condition(eventId, filter));
    }

    /** Everything of an event for an export, in the grid's order (status, then name). */
    public List<RegistrationView> all(long eventId) {
        return select().where(REGISTRATION.EVENT_ID.eq(eventId))
                .orderBy(REGISTRATION.STATUS, REGISTRATION.LAST_NAME, REGISTRATION.FIRST_NAME, REGISTRATION.ID)
                .fetch(RegistrationRepository::toView);
    }

    public FillRates fillRates(long eventId) {
        var itineraryCounts = confirmedBy(eventId, REGISTRATION.ASSIGNED_ITINERARY_ID);
        var workshopCounts = confirmedBy(eventId, REGISTRATION.ASSIGNED_WORKSHOP_ID);
        var itineraries = dsl.select(ITINERARY.ID, ITINERARY.NAME, ITINERARY.CAPACITY).from(ITINERARY)
                .where(ITINERARY.EVENT_ID.eq(eventId)).orderBy(ITINERARY.POSITION, ITINERARY.ID)
                .fetch(r -> new FillRate(r.value1(), r.value2(), itineraryCounts.getOrDefault(r.value1(), 0),
                        r.value3()));
        var workshops = dsl.select(WORKSHOP.ID, WORKSHOP.TITLE, WORKSHOP.CAPACITY).from(WORKSHOP)
                .where(WORKSHOP.EVENT_ID.eq(eventId)).orderBy(WORKSHOP.POSITION, WORKSHOP.ID)
                .fetch(r -> new FillRate(r.value1(), r.value2(), workshopCounts.getOrDefault(r.value1(), 0),
                        r.value3()));
        var counts = dsl.select(REGISTRATION.STATUS, DSL.count()).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId)).groupBy(REGISTRATION.STATUS)
                .fetchMap(r -> r.value1(), r -> r.value2());
        var event = dsl.select(EVENT.TITLE, EVENT.CAPACITY).from(EVENT).where(EVENT.ID.eq(eventId)).fetchOne();
        return new FillRates(new FillRate(eventId, event.value1(),
                counts.getOrDefault(RegistrationStatus.CONFIRMED.name(), 0), event.value2()),
                counts.getOrDefault(RegistrationStatus.WAITLISTED.name(), 0), itineraries, workshops);
    }

    private static Condition condition(long eventId, RegistrationFilter filter) {
        Condition c = REGISTRATION.EVENT_ID.eq(eventId);
        if (filter.status() != null) {
            c = c.and(REGISTRATION.STATUS.eq(filter.status().name()));
        }
        if (filter.itineraryId() != null) {
            c = c.and(REGISTRATION.ASSIGNED_ITINERARY_ID.eq(filter.itineraryId()));
        }
        if (filter.workshopId() != null) {
            c = c.and(REGISTRATION.ASSIGNED_WORKSHOP_ID.eq(filter.workshopId()));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            var s = filter.search().strip();
            c = c.and(REGISTRATION.LAST_NAME.contains(s).or(REGISTRATION.FIRST_NAME.contains(s))
                    .or(REGISTRATION.EMAIL.contains(s)).or(REGISTRATION.ORGANISATION_NAME.contains(s)));
        }
        return c;
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(REGISTRATION.asterisk(), ITINERARY.NAME, WORKSHOP.TITLE, WAITLIST_POSITION)
                .from(REGISTRATION)
                .leftJoin(ITINERARY).on(ITINERARY.ID.eq(REGISTRATION.ASSIGNED_ITINERARY_ID))
                .leftJoin(WORKSHOP).on(WORKSHOP.ID.eq(REGISTRATION.ASSIGNED_WORKSHOP_ID));
    }

    private static RegistrationView toView(Record r) {
        var g = r.into(REGISTRATION);
        var status = RegistrationStatus.valueOf(g.getStatus());
        return new RegistrationView(g.getId(), g.getEventId(), g.getToken(), g.getFirstName(), g.getLastName(),
                g.getEmail(), g.getPhone(), g.getOrganisationName(), g.getFunctionTitle(), g.getTerritory(),
                g.getPreferredItineraryId(), g.getPreferredWorkshopId(), g.getAssignedItineraryId(),
                r.get(ITINERARY.NAME), g.getAssignedWorkshopId(), r.get(WORKSHOP.TITLE), g.getLunch(),
                g.getDietaryNeeds(), g.getAccessibilityNeeds(), g.getConsentPhotos(), status, g.getLanguage(),
                status == RegistrationStatus.WAITLISTED ? r.get(WAITLIST_POSITION) : null, g.getVersion(),
                g.getCreatedAt(), g.getCheckinCode(), g.getCheckedInAt());
    }

    /** Why an organiser gave this registration a place beyond the capacity. */
    void recordForcedReason(long id, String reason) {
        dsl.update(REGISTRATION).set(REGISTRATION.FORCED_REASON, reason).where(REGISTRATION.ID.eq(id)).execute();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
