package fr.journees.registration;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.ITINERARY;
import static fr.journees.db.Tables.REGISTRATION;
import static fr.journees.db.Tables.REGISTRATION_LEDGER;
import static fr.journees.db.Tables.WORKSHOP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import fr.journees.event.EventStatus;

/**
 * The day's registration lock and the counts of its places: the one place that counts who holds a seat,
 * for the decisions under the lock and for the fill rates the screens show.
 */
@Repository
class SeatsRepository {

    private static final String ITINERARY_KIND = "I";

    private final DSLContext dsl;

    SeatsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes the day's ledger row (creating it the first time): the lock. False when there is no such event. */
    boolean lock(long eventId) {
        return dsl.insertInto(REGISTRATION_LEDGER, REGISTRATION_LEDGER.EVENT_ID, REGISTRATION_LEDGER.VERSION)
                .select(DSL.select(EVENT.ID, DSL.inline(1L)).from(EVENT).where(EVENT.ID.eq(eventId)))
                .onDuplicateKeyUpdate().set(REGISTRATION_LEDGER.VERSION, REGISTRATION_LEDGER.VERSION.plus(1))
                .execute() > 0;
    }

    /** The day's ledger version as committed (0 before any seat change): it moves with every place taken or freed. */
    long seatsVersion(long eventId) {
        return dsl.select(REGISTRATION_LEDGER.VERSION).from(REGISTRATION_LEDGER)
                .where(REGISTRATION_LEDGER.EVENT_ID.eq(eventId)).fetchOptional(0, Long.class).orElse(0L);
    }

    Optional<LockedEvent> lockedEvent(long eventId) {
        return dsl.select(EVENT.ID, EVENT.SLUG, EVENT.TITLE, EVENT.EVENT_DATE, EVENT.START_TIME, EVENT.STATUS,
                        EVENT.REGISTRATION_OPENS_AT, EVENT.REGISTRATION_CLOSES_AT, EVENT.CAPACITY,
                        REGISTRATION_LEDGER.VERSION)
                .from(EVENT).join(REGISTRATION_LEDGER).on(REGISTRATION_LEDGER.EVENT_ID.eq(EVENT.ID))
                .where(EVENT.ID.eq(eventId))
                .fetchOptional(r -> new LockedEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        EventStatus.valueOf(r.value6()), r.value7(), r.value8(), r.value9(), r.value10()));
    }

    /** The event's groups and who holds a seat in them, as committed: two queries whatever the day's size. */
    Capacities capacities(LockedEvent event) {
        var counts = counts(event.id());
        var itineraries = new ArrayList<Capacities.Slot>();
        var workshops = new ArrayList<Capacities.Slot>();
        dsl.select(DSL.inline(ITINERARY_KIND).as("kind"), ITINERARY.ID, ITINERARY.NAME.as("label"),
                        ITINERARY.CAPACITY).from(ITINERARY)
                .where(ITINERARY.EVENT_ID.eq(event.id()))
                .unionAll(DSL.select(DSL.inline("W").as("kind"), WORKSHOP.ID, WORKSHOP.TITLE, WORKSHOP.CAPACITY).from(WORKSHOP)
                        .where(WORKSHOP.EVENT_ID.eq(event.id())))
                .orderBy(DSL.field(DSL.name("kind")), DSL.field(DSL.name("id")))
                .forEach(r -> {
                    boolean itinerary = ITINERARY_KIND.equals(r.value1());
                    var taken = (itinerary ? counts.byItinerary : counts.byWorkshop).getOrDefault(r.value2(), 0);
                    (itinerary ? itineraries : workshops).add(new Capacities.Slot(r.value2(), r.value3(), r.value4(), taken));
                });
        return new Capacities(event.capacity(), counts.confirmed, counts.waitlisted, itineraries, workshops);
    }

    /** Confirmed and waiting of one event; confirmed also by itinerary and by workshop. */
    Counts counts(long eventId) {
        var counts = new Counts();
        dsl.select(REGISTRATION.STATUS, REGISTRATION.ASSIGNED_ITINERARY_ID, REGISTRATION.ASSIGNED_WORKSHOP_ID,
                        DSL.count())
                .from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId).and(REGISTRATION.STATUS.in(
                        RegistrationStatus.CONFIRMED.name(), RegistrationStatus.WAITLISTED.name())))
                .groupBy(REGISTRATION.STATUS, REGISTRATION.ASSIGNED_ITINERARY_ID, REGISTRATION.ASSIGNED_WORKSHOP_ID)
                .forEach(r -> counts.add(RegistrationStatus.valueOf(r.value1()), r.value2(), r.value3(), r.value4()));
        return counts;
    }

    FillRates fillRates(long eventId) {
        var counts = counts(eventId);
        var itineraries = dsl.select(ITINERARY.ID, ITINERARY.NAME, ITINERARY.CAPACITY).from(ITINERARY)
                .where(ITINERARY.EVENT_ID.eq(eventId)).orderBy(ITINERARY.POSITION, ITINERARY.ID)
                .fetch(r -> new FillRate(r.value1(), r.value2(), counts.byItinerary.getOrDefault(r.value1(), 0),
                        r.value3()));
        var workshops = dsl.select(WORKSHOP.ID, WORKSHOP.TITLE, WORKSHOP.CAPACITY).from(WORKSHOP)
                .where(WORKSHOP.EVENT_ID.eq(eventId)).orderBy(WORKSHOP.POSITION, WORKSHOP.ID)
                .fetch(r -> new FillRate(r.value1(), r.value2(), counts.byWorkshop.getOrDefault(r.value1(), 0),
                        r.value3()));
        var event = dsl.select(EVENT.TITLE, EVENT.CAPACITY).from(EVENT).where(EVENT.ID.eq(eventId)).fetchOne();
        return new FillRates(new FillRate(eventId, event.value1(), counts.confirmed, event.value2()),
                counts.waitlisted, itineraries, workshops);
    }

    static final class Counts {
        int confirmed;
        int waitlisted;
        final Map<Long, Integer> byItinerary = new HashMap<>();
        final Map<Long, Integer> byWorkshop = new HashMap<>();

        void add(RegistrationStatus status, Long itinerary, Long workshop, int count) {
            if (status == RegistrationStatus.WAITLISTED) {
                waitlisted += count;
                return;
            }
            confirmed += count;
            if (itinerary != null) {
                byItinerary.merge(itinerary, count, Integer::sum);
            }
            if (workshop != null) {
                byWorkshop.merge(workshop, count, Integer::sum);
            }
        }
    }
}
