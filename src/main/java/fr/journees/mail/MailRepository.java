package fr.journees.mail;

import static fr.journees.db.Tables.MAIL_OUTBOX;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class MailRepository {

    private final DSLContext dsl;

    MailRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(OutgoingMail mail, MailStatus status) {
        return insertAll(List.of(mail), status).getFirst();
    }

    /** The mails in one statement; their ids in the same order (RETURNING gives the rows in insertion order). */
    List<Long> insertAll(List<OutgoingMail> mails, MailStatus status) {
        var insert = dsl.insertInto(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.BODY_TEXT,
                MAIL_OUTBOX.BODY_HTML, MAIL_OUTBOX.ATTACHMENT_NAME, MAIL_OUTBOX.ATTACHMENT_TYPE, MAIL_OUTBOX.ATTACHMENT,
                MAIL_OUTBOX.STATUS, MAIL_OUTBOX.EVENT_ID, MAIL_OUTBOX.REGISTRATION_ID);
        for (var mail : mails) {
            var attachment = mail.attachment();
            insert = insert.values(mail.recipient(),
                    mail.subject().length() > 500 ? mail.subject().substring(0, 500) : mail.subject(),
                    mail.text(), mail.html(), attachment == null ? null : attachment.name(),
                    attachment == null ? null : attachment.contentType(),
                    attachment == null ? null : attachment.content(), status.name(), mail.eventId(),
                    mail.registrationId());
        }
        return insert.returningResult(MAIL_OUTBOX.ID).fetch(MAIL_OUTBOX.ID);
    }

    /** Pending mails whose time has come, oldest first. */
    List<Long> due(LocalDateTime now, int limit) {
        return dsl.select(MAIL_OUTBOX.ID).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name())
                        .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.isNull().or(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))))
                .orderBy(MAIL_OUTBOX.ID).limit(limit).fetch(MAIL_OUTBOX.ID);
    }

    /**
     * Takes a due mail for one sender: pushes its next attempt to {@code until} so that the
     * scheduler and the after-commit sender never both send it. False when someone else has it.
     */
    boolean claim(long id, LocalDateTime now, LocalDateTime until) {
        return dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, until)
                .where(MAIL_OUTBOX.ID.eq(id).and(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()))
                        .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.isNull().or(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))))
                .execute() == 1;
    }

    void markSent(long id, LocalDateTime now) {
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name()).set(MAIL_OUTBOX.SENT_AT, now)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1)).set(MAIL_OUTBOX.LAST_ERROR, (String) null)
                .where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    void markFailure(long id, String error, LocalDateTime nextAttempt, boolean giveUp) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, giveUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, error == null ? null : error.substring(0, Math.min(error.length(), 2000)))
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, nextAttempt)
                .where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    int deleteOfEvent(long eventId) {
        return dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.EVENT_ID.eq(eventId)).execute();
    }

    int deleteOfRegistration(long registrationId) {
        return dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.REGISTRATION_ID.eq(registrationId)).execute();
    }

    /** Mails to that address not tied to a registration (those go with their registration). */
    List<OutboxMail> toRecipientAlone(String email) {
        return dsl.select(MAIL_OUTBOX.asterisk()).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.RECIPIENT.eq(email).and(MAIL_OUTBOX.REGISTRATION_ID.isNull()))
                .orderBy(MAIL_OUTBOX.ID).fetch(MailRepository::toMail);
    }

    int deleteOfRecipient(String email) {
        return dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email)).execute();
    }

    public Optional<OutboxMail> byId(long id) {
        return dsl.select(MAIL_OUTBOX.asterisk()).from(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id))
                .fetchOptional(MailRepository::toMail);
    }

    public List<OutboxMail> page(String search, int offset, int limit) {
        return dsl.select(MAIL_OUTBOX.asterisk()).from(MAIL_OUTBOX).where(searchCondition(search))
                .orderBy(MAIL_OUTBOX.ID.desc()).offset(offset).limit(limit).fetch(MailRepository::toMail);
    }

    public int count(String search) {
        return dsl.fetchCount(MAIL_OUTBOX, searchCondition(search));
    }

    public int countWithStatus(MailStatus status) {
        return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq(status.name()));
    }

    /** The outbox's unsent mails by state, for the metrics (sent ones are not counted). */
    Map<MailMetrics.State, Integer> countsByState() {
        var pending = MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name());
        var row = dsl.select(DSL.count().filterWhere(pending), DSL.count().filterWhere(pending.and(MAIL_OUTBOX.ATTEMPTS.gt(0))),
                        DSL.count().filterWhere(MAIL_OUTBOX.STATUS.eq(MailStatus.FAILED.name())),
                        DSL.count().filterWhere(MAIL_OUTBOX.STATUS.eq(MailStatus.KEPT.name())))
                .from(MAIL_OUTBOX).where(MAIL_OUTBOX.STATUS.ne(MailStatus.SENT.name())).fetchSingle();
        return Map.of(MailMetrics.State.QUEUED, row.value1(), MailMetrics.State.RETRYING, row.value2(),
                MailMetrics.State.FAILED, row.value3(), MailMetrics.State.KEPT, row.value4());
    }

    public List<OutboxMail> forRegistration(long registrationId) {
        return dsl.select(MAIL_OUTBOX.asterisk()).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.REGISTRATION_ID.eq(registrationId)).orderBy(MAIL_OUTBOX.ID)
                .fetch(MailRepository::toMail);
    }

    private static org.jooq.Condition searchCondition(String search) {
        if (search == null || search.isBlank()) {
            return org.jooq.impl.DSL.trueCondition();
        }
        return MAIL_OUTBOX.RECIPIENT.contains(search.strip()).or(MAIL_OUTBOX.SUBJECT.contains(search.strip()));
    }

    private static OutboxMail toMail(Record r) {
        var m = r.into(MAIL_OUTBOX);
        var attachment = m.getAttachment() == null ? null
                : new OutgoingMail.Attachment(m.getAttachmentName(), m.getAttachmentType(), m.getAttachment());
        return new OutboxMail(m.getId(), m.getRecipient(), m.getSubject(), m.getBodyText(), m.getBodyHtml(),
                attachment, MailStatus.valueOf(m.getStatus()), m.getAttempts(), m.getLastError(),
                m.getNextAttemptAt(), m.getSentAt(), m.getCreatedAt(), m.getRegistrationId());
    }
}
