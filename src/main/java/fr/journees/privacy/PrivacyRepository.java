package fr.journees.privacy;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.db.Tables.EVENT_PRIVACY;
import static fr.journees.db.Tables.PRIVACY_LOG;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The days' privacy settings and the privacy log. */
@Repository
class PrivacyRepository {

    private final DSLContext dsl;

    PrivacyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<PrivacySettings> settings(long eventId) {
        return dsl.selectFrom(EVENT_PRIVACY).where(EVENT_PRIVACY.EVENT_ID.eq(eventId))
                .fetchOptional(r -> new PrivacySettings(r.getContact(), r.getRetentionMonths(), r.getVersion()));
    }

    /** Creates the row at version 0, or updates it if still at {@code version}; false when someone saved meanwhile. */
    boolean save(long eventId, int version, String contact, Integer months) {
        if (version == 0 && dsl.insertInto(EVENT_PRIVACY).set(EVENT_PRIVACY.EVENT_ID, eventId)
                .set(EVENT_PRIVACY.CONTACT, contact).set(EVENT_PRIVACY.RETENTION_MONTHS, months).set(EVENT_PRIVACY.VERSION, 1)
                .onDuplicateKeyIgnore().execute() == 1) {
            return true;
        }
        return dsl.update(EVENT_PRIVACY).set(EVENT_PRIVACY.CONTACT, contact).set(EVENT_PRIVACY.RETENTION_MONTHS, months)
                .set(EVENT_PRIVACY.VERSION, EVENT_PRIVACY.VERSION.plus(1))
                .where(EVENT_PRIVACY.EVENT_ID.eq(eventId).and(EVENT_PRIVACY.VERSION.eq(version))).execute() == 1;
    }

    /** Every day with its date and retention period (a few hundred at most). */
    List<RetentionDay> days() {
        return dsl.select(EVENT.ID, EVENT.EVENT_DATE, EVENT_PRIVACY.RETENTION_MONTHS).from(EVENT)
                .leftJoin(EVENT_PRIVACY).on(EVENT_PRIVACY.EVENT_ID.eq(EVENT.ID))
                .orderBy(EVENT.EVENT_DATE, EVENT.ID)
                .fetch(r -> new RetentionDay(r.get(EVENT.ID), r.get(EVENT.EVENT_DATE), r.get(EVENT_PRIVACY.RETENTION_MONTHS)));
    }

    Optional<RetentionDay> day(long eventId) {
        return days().stream().filter(d -> d.eventId() == eventId).findFirst();
    }

    void log(String actor, PrivacyAction action, Long eventId, Counts counts, String reason) {
        dsl.insertInto(PRIVACY_LOG).set(PRIVACY_LOG.HAPPENED_AT, LocalDateTime.now()).set(PRIVACY_LOG.ACTOR, actor)
                .set(PRIVACY_LOG.ACTION, action.name()).set(PRIVACY_LOG.EVENT_ID, eventId)
                .set(PRIVACY_LOG.REGISTRATIONS, counts.registrations()).set(PRIVACY_LOG.MAILS, counts.mails())
                .set(PRIVACY_LOG.FICHES, counts.fiches()).set(PRIVACY_LOG.REASON, reason).execute();
    }

    void renameActor(String actor, String replacement) {
        dsl.update(PRIVACY_LOG).set(PRIVACY_LOG.ACTOR, replacement).where(PRIVACY_LOG.ACTOR.eq(actor)).execute();
    }

    /** The whole log, newest first, a page at a time. */
    List<PrivacyLogEntry> page(int offset, int limit) {
        return dsl.selectFrom(PRIVACY_LOG).orderBy(PRIVACY_LOG.HAPPENED_AT.desc(), PRIVACY_LOG.ID.desc())
                .offset(offset).limit(limit).fetch(PrivacyRepository::entry);
    }

    int count() {
        return dsl.fetchCount(PRIVACY_LOG);
    }

    Optional<PrivacyLogEntry> last(PrivacyAction action) {
        return dsl.selectFrom(PRIVACY_LOG).where(PRIVACY_LOG.ACTION.eq(action.name()))
                .orderBy(PRIVACY_LOG.ID.desc()).limit(1).fetchOptional(PrivacyRepository::entry);
    }

    List<PrivacyLogEntry> ofEvent(long eventId, int limit) {
        return dsl.selectFrom(PRIVACY_LOG).where(PRIVACY_LOG.EVENT_ID.eq(eventId)
                        .or(PRIVACY_LOG.ACTION.eq(PrivacyAction.RETENTION_RUN.name())))
                .orderBy(PRIVACY_LOG.ID.desc()).limit(limit).fetch(PrivacyRepository::entry);
    }

    private static PrivacyLogEntry entry(Record record) {
        var r = record.into(PRIVACY_LOG);
        return new PrivacyLogEntry(r.getHappenedAt(), r.getActor(), PrivacyAction.valueOf(r.getAction()), r.getEventId(),
                r.getRegistrations(), r.getMails(), r.getFiches(), r.getReason());
    }
}
