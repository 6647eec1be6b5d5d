package fr.journees.registration;

import static fr.journees.db.Tables.ATTENDANCE_CLOSURE;
import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.REGISTRATION;
import static fr.journees.db.Tables.WORKSHOP;

import java.time.LocalDateTime;
import java.util.Arrays;
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

import fr.journees.itinerary.ItineraryColour;

/** Presence on the registration row, and the day's closure: the SQL of {@link AttendanceService}. */
@Repository
class AttendanceRepository {

    private static final Condition CONFIRMED = REGISTRATION.STATUS.eq(RegistrationStatus.CONFIRMED.name());

    private final DSLContext dsl;

    AttendanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every word must appear in the first or last name, the organisation or the e-mail. */
    List<DoorEntry> search(long eventId, String words, int limit) {
        Condition c = REGISTRATION.EVENT_ID.eq(eventId);
        for (var word : Arrays.stream(words.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList()) {
            c = c.and(REGISTRATION.LAST_NAME.contains(word).or(REGISTRATION.FIRST_NAME.contains(word))
                    .or(REGISTRATION.ORGANISATION_NAME.contains(word))
                    .or(REGISTRATION.EMAIL.contains(word)));
        }
        return select().where(c).orderBy(REGISTRATION.LAST_NAME, REGISTRATION.FIRST_NAME, REGISTRATION.ID)
                .limit(limit).fetch(AttendanceRepository::toEntry);
    }

    Optional<DoorEntry> byCode(String code) {
        return select().where(REGISTRATION.CHECKIN_CODE.eq(code)).fetchOptional(AttendanceRepository::toEntry);
    }

    Optional<DoorEntry> byId(long eventId, long id) {
        return select().where(REGISTRATION.ID.eq(id).and(REGISTRATION.EVENT_ID.eq(eventId)))
                .fetchOptional(AttendanceRepository::toEntry);
    }

    /** One arrival only: the row changes only while it is confirmed and not yet present. */
    boolean checkIn(long eventId, long id, LocalDateTime at, String by, String door) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.CHECKED_IN_AT, at)
                .set(REGISTRATION.CHECKED_IN_BY, by)
                .set(REGISTRATION.CHECKED_IN_DOOR, door)
                .setNull(REGISTRATION.NO_SHOW_AT)
                .where(REGISTRATION.ID.eq(id).and(REGISTRATION.EVENT_ID.eq(eventId)).and(CONFIRMED)
                        .and(REGISTRATION.CHECKED_IN_AT.isNull()))
                .execute() == 1;
    }

    boolean undo(long eventId, long id) {
        return dsl.update(REGISTRATION)
                .setNull(REGISTRATION.CHECKED_IN_AT)
                .setNull(REGISTRATION.CHECKED_IN_BY)
                .setNull(REGISTRATION.CHECKED_IN_DOOR)
                .where(REGISTRATION.ID.eq(id).and(REGISTRATION.EVENT_ID.eq(eventId))
                        .and(REGISTRATION.CHECKED_IN_AT.isNotNull()))
                .execute() == 1;
    }

    int markNoShows(long eventId, LocalDateTime at) {
        return dsl.update(REGISTRATION).set(REGISTRATION.NO_SHOW_AT, at)
                .where(REGISTRATION.EVENT_ID.eq(eventId).and(CONFIRMED).and(REGISTRATION.CHECKED_IN_AT.isNull())
                        .and(REGISTRATION.NO_SHOW_AT.isNull()))
                .execute();
    }

    int clearNoShows(long eventId) {
        return dsl.update(REGISTRATION).setNull(REGISTRATION.NO_SHOW_AT)
                .where(REGISTRATION.EVENT_ID.eq(eventId).and(REGISTRATION.NO_SHOW_AT.isNotNull()))
                .execute();
    }

    void close(long eventId, LocalDateTime at, String by) {
        dsl.insertInto(ATTENDANCE_CLOSURE).set(ATTENDANCE_CLOSURE.EVENT_ID, eventId)
                .set(ATTENDANCE_CLOSURE.CLOSED_AT, at).set(ATTENDANCE_CLOSURE.CLOSED_BY, by)
                .onDuplicateKeyIgnore().execute();
    }

    /** Arrivals and closures recorded by an account now anonymised name it by its placeholder. */
    int renameRecorder(String from, String to) {
        return dsl.update(REGISTRATION).set(REGISTRATION.CHECKED_IN_BY, to).where(REGISTRATION.CHECKED_IN_BY.eq(from))
                .execute()
                + dsl.update(ATTENDANCE_CLOSURE).set(ATTENDANCE_CLOSURE.CLOSED_BY, to)
                .where(ATTENDANCE_CLOSURE.CLOSED_BY.eq(from)).execute();
    }

    void reopen(long eventId) {
        dsl.deleteFrom(ATTENDANCE_CLOSURE).where(ATTENDANCE_CLOSURE.EVENT_ID.eq(eventId)).execute();
    }

    boolean closed(long eventId) {
        return dsl.fetchExists(ATTENDANCE_CLOSURE, ATTENDANCE_CLOSURE.EVENT_ID.eq(eventId));
    }

    /** One indexed range read: rows of the day and their latest change. */
    AttendanceStamp stamp(long eventId) {
        var r = dsl.select(DSL.count(), DSL.max(REGISTRATION.UPDATED_AT)).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId)).fetchSingle();
        return new AttendanceStamp(r.value1(), r.value2(), closed(eventId));
    }

    Map<Long, int[]> countsByItinerary(long eventId) {
        return counts(eventId, REGISTRATION.ASSIGNED_ITINERARY_ID);
    }

    Map<Long, int[]> countsByWorkshop(long eventId) {
        return counts(eventId, REGISTRATION.ASSIGNED_WORKSHOP_ID);
    }

    /** Confirmed and present counts ([confirmed, present]) per value of {@code group}, none as 0. */
    private Map<Long, int[]> counts(long eventId, Field<Long> group) {
        var present = DSL.count(REGISTRATION.CHECKED_IN_AT);
        return dsl.select(group, DSL.count(), present).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId).and(CONFIRMED)).groupBy(group)
                .fetchMap(r -> r.value1() == null ? 0L : r.value1(), r -> new int[] {r.value2(), r.value3()});
    }

    int noShows(long eventId) {
        return dsl.fetchCount(REGISTRATION, REGISTRATION.EVENT_ID.eq(eventId).and(CONFIRMED)
                .and(REGISTRATION.NO_SHOW_AT.isNotNull()));
    }

    List<AttendanceSummary.Group> itineraries(long eventId) {
        return dsl.select(ITINERARY.ID, ITINERARY.NAME, ITINERARY.COLOUR).from(ITINERARY)
                .where(ITINERARY.EVENT_ID.eq(eventId)).orderBy(ITINERARY.POSITION, ITINERARY.ID)
                .fetch(r -> new AttendanceSummary.Group(r.value1(), r.value2(), hex(r.value3()), 0, 0));
    }

    List<AttendanceSummary.Group> workshops(long eventId) {
        return dsl.select(WORKSHOP.ID, WORKSHOP.TITLE).from(WORKSHOP)
                .where(WORKSHOP.EVENT_ID.eq(eventId)).orderBy(WORKSHOP.POSITION, WORKSHOP.ID)
                .fetch(r -> new AttendanceSummary.Group(r.value1(), r.value2(), null, 0, 0));
    }

    List<LocalDateTime> arrivals(long eventId) {
        return dsl.select(REGISTRATION.CHECKED_IN_AT).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId).and(CONFIRMED).and(REGISTRATION.CHECKED_IN_AT.isNotNull()))
                .orderBy(REGISTRATION.CHECKED_IN_AT).fetch(REGISTRATION.CHECKED_IN_AT);
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(REGISTRATION.asterisk(), ITINERARY.NAME, ITINERARY.COLOUR, WORKSHOP.TITLE)
                .from(REGISTRATION)
                .leftJoin(ITINERARY).on(ITINERARY.ID.eq(REGISTRATION.ASSIGNED_ITINERARY_ID))
                .leftJoin(WORKSHOP).on(WORKSHOP.ID.eq(REGISTRATION.ASSIGNED_WORKSHOP_ID));
    }

    private static DoorEntry toEntry(Record r) {
        var g = r.into(REGISTRATION);
        return new DoorEntry(g.getId(), g.getEventId(), g.getFirstName(), g.getLastName(), g.getOrganisationName(),
                g.getEmail(), RegistrationStatus.valueOf(g.getStatus()), r.get(ITINERARY.NAME),
                hex(r.get(ITINERARY.COLOUR)), r.get(WORKSHOP.TITLE), g.getLunch(), g.getDietaryNeeds(),
                g.getAccessibilityNeeds(), g.getCheckinCode(), g.getCheckedInAt(), g.getCheckedInBy(),
                g.getCheckedInDoor(), g.getNoShowAt(), List.of());
    }

    private static String hex(String colour) {
        return colour == null ? null : ItineraryColour.valueOf(colour).hex();
    }
}
