package fr.journees.messaging;

import static fr.journees.db.Tables.SCHEDULED_MAIL_SENT;
import static fr.journees.db.Tables.SCHEDULED_MAIL_SETTINGS;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ScheduledMailsRepository {

    private final DSLContext dsl;

    ScheduledMailsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<StoredSchedule> settings(long eventId) {
        return dsl.selectFrom(SCHEDULED_MAIL_SETTINGS).where(SCHEDULED_MAIL_SETTINGS.EVENT_ID.eq(eventId))
                .fetchOptional(s -> new StoredSchedule(new ScheduledMailSettings(s.getReminderEnabled(),
                        s.getReminderDaysBefore(), s.getReminderSubject(), s.getReminderBody(), s.getThanksEnabled(),
                        s.getThanksSubject(), s.getThanksBody()), s.getVersion()));
    }

    /** The first save of a day; false when someone saved it meanwhile. */
    boolean insert(long eventId, ScheduledMailSettings s) {
        return dsl.insertInto(SCHEDULED_MAIL_SETTINGS)
                .set(SCHEDULED_MAIL_SETTINGS.EVENT_ID, eventId)
                .set(SCHEDULED_MAIL_SETTINGS.REMINDER_ENABLED, s.reminderEnabled())
                .set(SCHEDULED_MAIL_SETTINGS.REMINDER_DAYS_BEFORE, s.reminderDaysBefore())
                .set(SCHEDULED_MAIL_SETTINGS.REMINDER_SUBJECT, s.reminderSubject().strip())
                .set(SCHEDULED_MAIL_SETTINGS.REMINDER_BODY, s.reminderBody())
                .set(SCHEDULED_MAIL_SETTINGS.THANKS_ENABLED, s.thanksEnabled())
                .set(SCHEDULED_MAIL_SETTINGS.THANKS_SUBJECT, s.thanksSubject().strip())
                .set(SCHEDULED_MAIL_SETTINGS.THANKS_BODY, s.thanksBody())
                .onDuplicateKeyIgnore().execute() == 1;
    }

    /** A later save, only over the version it was read at; false when stale. */
    boolean update(long eventId, int version, ScheduledMailSettings s) {
        return dsl.update(SCHEDULED_MAIL_SETTINGS)
                .set(SCHEDULED_MAIL_SETTINGS.REMINDER_ENABLED, s.reminderEnabled())
                .set(SCHEDULED_MAIL_SETTINGS.REMINDER_DAYS_BEFORE, s.reminderDaysBefore())
                .set(SCHEDULED_MAIL_SETTINGS.REMINDER_SUBJECT, s.reminderSubject().strip())
                .set(SCHEDULED_MAIL_SETTINGS.REMINDER_BODY, s.reminderBody())
                .set(SCHEDULED_MAIL_SETTINGS.THANKS_ENABLED, s.thanksEnabled())
                .set(SCHEDULED_MAIL_SETTINGS.THANKS_SUBJECT, s.thanksSubject().strip())
                .set(SCHEDULED_MAIL_SETTINGS.THANKS_BODY, s.thanksBody())
                .set(SCHEDULED_MAIL_SETTINGS.VERSION, SCHEDULED_MAIL_SETTINGS.VERSION.plus(1))
                .where(SCHEDULED_MAIL_SETTINGS.EVENT_ID.eq(eventId).and(SCHEDULED_MAIL_SETTINGS.VERSION.eq(version)))
                .execute() == 1;
    }

    /**
     * Claims the mail of that kind for that registration: true for the one transaction that inserted the
     * row, false for every later or concurrent one (the primary key), which then sends nothing.
     */
    boolean claim(long registrationId, ScheduledMailKind kind) {
        return dsl.insertInto(SCHEDULED_MAIL_SENT)
                .set(SCHEDULED_MAIL_SENT.REGISTRATION_ID, registrationId)
                .set(SCHEDULED_MAIL_SENT.KIND, kind.name())
                .onDuplicateKeyIgnore().execute() == 1;
    }

    int sentCount(java.util.Collection<Long> registrationIds, ScheduledMailKind kind) {
        return registrationIds.isEmpty() ? 0 : dsl.fetchCount(SCHEDULED_MAIL_SENT,
                SCHEDULED_MAIL_SENT.REGISTRATION_ID.in(registrationIds).and(SCHEDULED_MAIL_SENT.KIND.eq(kind.name())));
    }

    /** The scheduled mails that registration was sent, by kind, with when each was claimed to go. */
    java.util.Map<ScheduledMailKind, java.time.LocalDateTime> sentTo(long registrationId) {
        var sent = new java.util.EnumMap<ScheduledMailKind, java.time.LocalDateTime>(ScheduledMailKind.class);
        dsl.select(SCHEDULED_MAIL_SENT.KIND, SCHEDULED_MAIL_SENT.SENT_AT).from(SCHEDULED_MAIL_SENT)
                .where(SCHEDULED_MAIL_SENT.REGISTRATION_ID.eq(registrationId))
                .forEach(r -> sent.put(ScheduledMailKind.valueOf(r.value1()), r.value2()));
        return sent;
    }
}
