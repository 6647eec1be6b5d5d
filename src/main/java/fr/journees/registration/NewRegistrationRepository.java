package fr.journees.registration;

import static fr.journees.db.Tables.REGISTRATION;
import static fr.journees.registration.NewRegistrations.blankToNull;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStepN;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import fr.journees.base.PrivacyNotice;
import fr.journees.db.tables.records.RegistrationRecord;

/** The rows of new registrations, written under the day's lock: a whole group commit in one statement. */
@Repository
class NewRegistrationRepository {

    private final DSLContext dsl;

    NewRegistrationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One row to write: who, with which secrets, and what the rules gave them. */
    record Row(NewRegistrations.Written written, RegistrationRequest request, RegistrationStatus status, Seat seat) {
    }

    /** The status of each of these e-mails already registered for the day. */
    Map<String, RegistrationStatus> statuses(LockedDay day, Collection<String> emails) {
        var statuses = new HashMap<String, RegistrationStatus>();
        dsl.select(REGISTRATION.EMAIL, REGISTRATION.STATUS).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(day.eventId()).and(REGISTRATION.EMAIL.in(emails)))
                .forEach(r -> statuses.put(r.value1(), RegistrationStatus.valueOf(r.value2())));
        return statuses;
    }

    /** Frees the e-mails of cancelled registrations so that the people can register anew, at the end of the queue. */
    void deleteCancelled(LockedDay day, Collection<String> emails) {
        dsl.deleteFrom(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(day.eventId()).and(REGISTRATION.EMAIL.in(emails))
                        .and(REGISTRATION.STATUS.eq(RegistrationStatus.CANCELLED.name())))
                .execute();
    }

    /**
     * Writes the rows in one statement, in order (the waiting list orders a transaction's rows by id), and
     * answers the id of each by its token: ids are not consecutive on a cluster.
     */
    Map<String, Long> insert(LockedDay day, List<Row> rows, LocalDateTime now) {
        var ids = new HashMap<String, Long>();
        if (rows.isEmpty()) {
            return ids;
        }
        InsertValuesStepN<RegistrationRecord> insert = dsl.insertInto(REGISTRATION, REGISTRATION.EVENT_ID,
                REGISTRATION.TOKEN, REGISTRATION.CHECKIN_CODE, REGISTRATION.FIRST_NAME, REGISTRATION.LAST_NAME,
                REGISTRATION.EMAIL, REGISTRATION.PHONE, REGISTRATION.ORGANISATION_NAME, REGISTRATION.FUNCTION_TITLE,
                REGISTRATION.TERRITORY, REGISTRATION.PREFERRED_ITINERARY_ID, REGISTRATION.PREFERRED_WORKSHOP_ID,
                REGISTRATION.ASSIGNED_ITINERARY_ID, REGISTRATION.ASSIGNED_WORKSHOP_ID, REGISTRATION.LUNCH,
                REGISTRATION.DIETARY_NEEDS, REGISTRATION.ACCESSIBILITY_NEEDS, REGISTRATION.CONSENT_DATA,
                REGISTRATION.CONSENT_PHOTOS, REGISTRATION.CONSENT_DATA_AT, REGISTRATION.CONSENT_PHOTOS_AT,
                REGISTRATION.CONSENT_NOTICE_VERSION, REGISTRATION.STATUS, REGISTRATION.LANGUAGE,
                REGISTRATION.WAITLISTED_AT, REGISTRATION.QUEUE_NUMBER, REGISTRATION.CREATED_AT,
                REGISTRATION.STRUCTURE_KIND, REGISTRATION.DEPARTEMENT);
        for (var row : rows) {
            insert = insert.values(values(day, row, now));
        }
        insert.returningResult(REGISTRATION.TOKEN, REGISTRATION.ID)
                .forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    private static List<Object> values(LockedDay day, Row row, LocalDateTime now) {
        var r = row.request();
        var seat = row.seat();
        boolean waiting = row.status() == RegistrationStatus.WAITLISTED;
        return Arrays.asList(day.eventId(), row.written().token(), row.written().checkinCode(),
                r.firstName().strip(), r.lastName().strip(), r.normalisedEmail(), blankToNull(r.phone()),
                blankToNull(r.organisation()), blankToNull(r.function()), blankToNull(r.territory()),
                r.preferredItineraryId(), r.preferredWorkshopId(), seat == null ? null : seat.itineraryId(),
                seat == null ? null : seat.workshopId(), r.lunch(), blankToNull(r.dietaryNeeds()),
                blankToNull(r.accessibilityNeeds()), r.consentData(), r.consentPhotos(), now,
                r.consentPhotos() ? now : null, PrivacyNotice.VERSION, row.status().name(),
                r.language() == null ? "fr" : r.language(), waiting ? now : null,
                waiting ? day.event().ticket() : null, now,
                r.structureKind() == null ? null : r.structureKind().name(), blankToNull(r.departement()));
    }
}
