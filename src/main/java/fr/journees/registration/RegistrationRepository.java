package fr.journees.registration;

import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.REGISTRATION;
import static fr.journees.db.Tables.WORKSHOP;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import fr.journees.base.PrivacyNotice;


/** Registration rows. Every write that takes or frees a place asks for the {@link LockedDay} it runs under. */
@Repository
public class RegistrationRepository {

    private static final Field<Integer> WAITLIST_POSITION = DSL.field(
            DSL.selectCount().from(REGISTRATION.as("w"))
                    .where(DSL.field(DSL.name("w", "event_id"), Long.class).eq(REGISTRATION.EVENT_ID))
                    .and(DSL.field(DSL.name("w", "status"), String.class).eq(RegistrationStatus.WAITLISTED.name()))
                    .and(DSL.row(DSL.field(DSL.name("w", "queue_number"), Long.class), DSL.field(DSL.name("w", "id"), Long.class))
                            .le(DSL.row(REGISTRATION.QUEUE_NUMBER, REGISTRATION.ID)))).as("waitlist_position");

    private final DSLContext dsl;

    RegistrationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The personal details and preferences, if nobody changed the registration since {@code version}. */
    boolean updateDetails(LockedDay day, long id, int version, RegistrationRequest r) {
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
                // Before consent_photos itself: MariaDB reads the columns already assigned in the statement.
                .set(REGISTRATION.CONSENT_PHOTOS_AT, r.consentPhotos()
                        ? DSL.when(REGISTRATION.CONSENT_PHOTOS.isTrue(), REGISTRATION.CONSENT_PHOTOS_AT)
                                .otherwise(DSL.currentLocalDateTime(6))
                        : DSL.inline((LocalDateTime) null))
                .set(REGISTRATION.CONSENT_PHOTOS, r.consentPhotos())
                .set(REGISTRATION.STRUCTURE_KIND, r.structureKind() == null ? null : r.structureKind().name())
                .set(REGISTRATION.DEPARTEMENT, blankToNull(r.departement()))
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(ofDay(day, id).and(REGISTRATION.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean assign(LockedDay day, long id, int version, Seat seat) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.ASSIGNED_ITINERARY_ID, seat.itineraryId())
                .set(REGISTRATION.ASSIGNED_WORKSHOP_ID, seat.workshopId())
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(ofDay(day, id).and(REGISTRATION.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Only a waitlisted registration is promoted: the status condition makes a second promotion a no-op. */
    boolean promote(LockedDay day, long id, Seat seat) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.STATUS, RegistrationStatus.CONFIRMED.name())
                .setNull(REGISTRATION.QUEUE_NUMBER)
                .set(REGISTRATION.ASSIGNED_ITINERARY_ID, seat.itineraryId())
                .set(REGISTRATION.ASSIGNED_WORKSHOP_ID, seat.workshopId())
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(ofDay(day, id).and(REGISTRATION.STATUS.eq(RegistrationStatus.WAITLISTED.name())))
                .execute() == 1;
    }

    boolean cancel(LockedDay day, long id, int version, LocalDateTime now) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.STATUS, RegistrationStatus.CANCELLED.name())
                .set(REGISTRATION.CANCELLED_AT, now)
                .setNull(REGISTRATION.QUEUE_NUMBER)
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(ofDay(day, id).and(REGISTRATION.VERSION.eq(version))
                        .and(REGISTRATION.STATUS.ne(RegistrationStatus.CANCELLED.name())))
                .execute() == 1;
    }

    /** Waitlisted registrations of the locked day, first arrived first. */
    List<RegistrationView> waitlisted(LockedDay day) {
        return select().where(REGISTRATION.EVENT_ID.eq(day.eventId())
                        .and(REGISTRATION.STATUS.eq(RegistrationStatus.WAITLISTED.name())))
                .orderBy(REGISTRATION.QUEUE_NUMBER, REGISTRATION.ID).fetch(RegistrationRepository::toView);
    }

    /** The registration as committed, once its day's lock is held; empty if it belongs to another day. */
    Optional<RegistrationView> underLock(LockedDay day, long id) {
        return select().where(ofDay(day, id)).fetchOptional(RegistrationRepository::toView);
    }

    /** The day of a registration, read before taking that day's lock. */
    Optional<Long> eventOf(long id) {
        return dsl.select(REGISTRATION.EVENT_ID).from(REGISTRATION).where(REGISTRATION.ID.eq(id))
                .fetchOptional(REGISTRATION.EVENT_ID);
    }

    private static Condition ofDay(LockedDay day, long id) {
        return REGISTRATION.ID.eq(id).and(REGISTRATION.EVENT_ID.eq(day.eventId()));
    }

    /** Confirmed registrations lacking an itinerary or a workshop, in arrival order. */
    List<RegistrationView> unassigned(LockedDay day, boolean itineraries, boolean workshops) {
        Condition missing = DSL.falseCondition();
        if (itineraries) {
            missing = missing.or(REGISTRATION.ASSIGNED_ITINERARY_ID.isNull());
        }
        if (workshops) {
            missing = missing.or(REGISTRATION.ASSIGNED_WORKSHOP_ID.isNull());
        }
        return select().where(REGISTRATION.EVENT_ID.eq(day.eventId())
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

    /** The registrations of that (normalised) e-mail on every day, the most recent first. */
    List<RegistrationView> everywhere(String email) {
        return select().where(REGISTRATION.EMAIL.eq(email).and(REGISTRATION.ANONYMISED_AT.isNull()))
                .orderBy(REGISTRATION.CREATED_AT.desc(), REGISTRATION.ID.desc()).fetch(RegistrationRepository::toView);
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
                g.getCreatedAt(), g.getCheckinCode(), g.getCheckedInAt(),
                g.getStructureKind() == null ? null : StructureKind.valueOf(g.getStructureKind()), g.getDepartement(),
                new RegistrationConsent(g.getConsentDataAt(), g.getConsentPhotosAt(), g.getConsentNoticeVersion()));
    }

    /** Registrations of a day still holding a person: what the retention job has left to anonymise. */
    List<Long> notAnonymised(long eventId) {
        return dsl.select(REGISTRATION.ID).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId).and(REGISTRATION.ANONYMISED_AT.isNull()))
                .orderBy(REGISTRATION.ID).fetch(REGISTRATION.ID);
    }

    /**
     * Removes the person and keeps what the report counts (status, presence, territory, parcours, atelier,
     * consents' times). The e-mail becomes a placeholder that is no address, the token a new random one
     * (old links stop working). Seats do not change, hence no lock. Only once: a second run finds nothing.
     */
    boolean anonymise(long id, String newToken, LocalDateTime now) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.FIRST_NAME, "")
                .set(REGISTRATION.LAST_NAME, "")
                .set(REGISTRATION.EMAIL, "anonymised-" + id)
                .setNull(REGISTRATION.PHONE)
                .setNull(REGISTRATION.ORGANISATION_NAME)
                .setNull(REGISTRATION.FUNCTION_TITLE)
                .setNull(REGISTRATION.DIETARY_NEEDS)
                .setNull(REGISTRATION.ACCESSIBILITY_NEEDS)
                .setNull(REGISTRATION.FORCED_REASON)
                .setNull(REGISTRATION.CHECKIN_CODE)
                .setNull(REGISTRATION.CHECKED_IN_BY)
                .set(REGISTRATION.TOKEN, newToken)
                .set(REGISTRATION.ANONYMISED_AT, now)
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(REGISTRATION.ID.eq(id).and(REGISTRATION.ANONYMISED_AT.isNull()))
                .execute() == 1;
    }

    /** The participant's own erasure, under the day's lock once their place is freed. */
    boolean delete(LockedDay day, long id) {
        return dsl.deleteFrom(REGISTRATION).where(ofDay(day, id)).execute() == 1;
    }

    /** Why an organiser gave this registration a place beyond the capacity. */
    void recordForcedReason(LockedDay day, long id, String reason) {
        dsl.update(REGISTRATION).set(REGISTRATION.FORCED_REASON, reason).where(ofDay(day, id)).execute();
    }

    private static String blankToNull(String s) {
        return NewRegistrations.blankToNull(s);
    }
}
