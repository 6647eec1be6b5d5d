package fr.journees.registration;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.REGISTRATION;
import static fr.journees.db.Tables.WORKSHOP;
import static org.jooq.impl.DSL.count;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Counts of registrations by dimension, for reports. Nothing here reads a name or an e-mail: the
 * counts rest on status, assignments, structure kind, département and check-in time only.
 */
@Repository
class RegistrationCountsRepository {

    private static final Condition CONFIRMED = REGISTRATION.STATUS.eq(RegistrationStatus.CONFIRMED.name());
    /** Present: checked in on the day (and not cancelled since). */
    private static final Condition PRESENT = REGISTRATION.CHECKED_IN_AT.isNotNull()
            .and(REGISTRATION.STATUS.ne(RegistrationStatus.CANCELLED.name()));
    private static final Field<Integer> REGISTERED_COUNT = count().filterWhere(CONFIRMED).as("registered");
    private static final Field<Integer> PRESENT_COUNT = count().filterWhere(PRESENT).as("present");

    private final DSLContext dsl;

    RegistrationCountsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Attendance attendance(Collection<Long> eventIds) {
        return dsl.select(REGISTERED_COUNT,
                        count().filterWhere(REGISTRATION.STATUS.eq(RegistrationStatus.WAITLISTED.name())),
                        count().filterWhere(REGISTRATION.STATUS.eq(RegistrationStatus.CANCELLED.name())),
                        PRESENT_COUNT)
                .from(REGISTRATION).where(REGISTRATION.EVENT_ID.in(eventIds))
                .fetchSingle(r -> new Attendance(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** One line per itinerary of the event in its order (zero counts included), then those with none. */
    List<Tally> byItinerary(long eventId) {
        return assigned(eventId, ITINERARY, ITINERARY.ID, ITINERARY.NAME, ITINERARY.POSITION, ITINERARY.EVENT_ID,
                REGISTRATION.ASSIGNED_ITINERARY_ID);
    }

    List<Tally> byWorkshop(long eventId) {
        return assigned(eventId, WORKSHOP, WORKSHOP.ID, WORKSHOP.TITLE, WORKSHOP.POSITION, WORKSHOP.EVENT_ID,
                REGISTRATION.ASSIGNED_WORKSHOP_ID);
    }

    private List<Tally> assigned(long eventId, Table<?> places, Field<Long> id, Field<String> name,
                                 Field<Integer> position, Field<Long> event, Field<Long> assignment) {
        var named = dsl.select(id, name, REGISTERED_COUNT, PRESENT_COUNT).from(places)
                .leftJoin(REGISTRATION).on(assignment.eq(id))
                .where(event.eq(eventId))
                .groupBy(id, name, position).orderBy(position, id)
                .fetch(r -> new Tally(String.valueOf(r.value1()), r.value2(), r.value3(), r.value4()));
        return withNone(named, REGISTRATION.EVENT_ID.eq(eventId).and(assignment.isNull()));
    }

    /** Per structure kind (null: not given), most registered first. */
    List<Tally> byStructureKind(Collection<Long> eventIds) {
        return by(REGISTRATION.STRUCTURE_KIND, eventIds);
    }

    /** Per département code (null: not given), most registered first. */
    List<Tally> byDepartement(Collection<Long> eventIds) {
        return by(REGISTRATION.DEPARTEMENT, eventIds);
    }

    /** Per event of the list, in the list's order is up to the caller: key is the event id. */
    List<Tally> byEvent(Collection<Long> eventIds) {
        return dsl.select(REGISTRATION.EVENT_ID, REGISTERED_COUNT, PRESENT_COUNT).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.in(eventIds)).groupBy(REGISTRATION.EVENT_ID)
                .fetch(r -> new Tally(String.valueOf(r.value1()), null, r.value2(), r.value3()));
    }

    private List<Tally> by(Field<String> dimension, Collection<Long> eventIds) {
        return dsl.select(dimension, REGISTERED_COUNT, PRESENT_COUNT).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.in(eventIds)).groupBy(dimension)
                .having(REGISTERED_COUNT.gt(0).or(PRESENT_COUNT.gt(0)))
                .orderBy(REGISTERED_COUNT.desc(), dimension.isNull(), dimension)
                .fetch(r -> new Tally(r.value1(), null, r.value2(), r.value3()));
    }

    private List<Tally> withNone(List<Tally> named, Condition none) {
        var rest = dsl.select(REGISTERED_COUNT, PRESENT_COUNT).from(REGISTRATION).where(none)
                .fetchSingle(r -> new Tally(null, null, r.value1(), r.value2()));
        if (rest.registered() == 0 && rest.present() == 0) {
            return named;
        }
        return Stream.concat(named.stream(), Stream.of(rest)).toList();
    }

    /** People waitlisted for a day that has not passed yet (for the metrics gauge). */
    int waitingForDaysToCome() {
        return dsl.fetchCount(REGISTRATION.join(EVENT).on(EVENT.ID.eq(REGISTRATION.EVENT_ID)),
                REGISTRATION.STATUS.eq(RegistrationStatus.WAITLISTED.name()).and(EVENT.EVENT_DATE.ge(LocalDate.now())));
    }
}
