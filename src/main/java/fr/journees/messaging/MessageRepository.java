package fr.journees.messaging;

import static fr.journees.db.Tables.MESSAGE;
import static fr.journees.db.Tables.MESSAGE_RECIPIENT;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class MessageRepository {

    private final DSLContext dsl;

    MessageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long eventId, MessageDraft draft, String audience, int recipientCount, String sentBy) {
        return dsl.insertInto(MESSAGE)
                .set(MESSAGE.EVENT_ID, eventId)
                .set(MESSAGE.SUBJECT, draft.subject().strip())
                .set(MESSAGE.BODY, draft.body())
                .set(MESSAGE.AUDIENCE, audience.length() > 500 ? audience.substring(0, 500) : audience)
                .set(MESSAGE.RECIPIENT_COUNT, recipientCount)
                .set(MESSAGE.SENT_BY, sentBy)
                .returningResult(MESSAGE.ID).fetchOne(MESSAGE.ID);
    }

    void addRecipient(long messageId, long registrationId) {
        dsl.insertInto(MESSAGE_RECIPIENT).set(MESSAGE_RECIPIENT.MESSAGE_ID, messageId)
                .set(MESSAGE_RECIPIENT.REGISTRATION_ID, registrationId).execute();
    }

    /** The messages of a day, latest first. */
    List<SentMessage> ofEvent(long eventId, int offset, int limit) {
        return dsl.selectFrom(MESSAGE).where(MESSAGE.EVENT_ID.eq(eventId))
                .orderBy(MESSAGE.SENT_AT.desc(), MESSAGE.ID.desc()).offset(offset).limit(limit)
                .fetch(MessageRepository::toMessage);
    }

    int countOfEvent(long eventId) {
        return dsl.fetchCount(MESSAGE, MESSAGE.EVENT_ID.eq(eventId));
    }

    /** The messages that registration received, latest first. */
    List<SentMessage> sentTo(long registrationId) {
        return dsl.select(MESSAGE.asterisk()).from(MESSAGE)
                .join(MESSAGE_RECIPIENT).on(MESSAGE_RECIPIENT.MESSAGE_ID.eq(MESSAGE.ID))
                .where(MESSAGE_RECIPIENT.REGISTRATION_ID.eq(registrationId))
                .orderBy(MESSAGE.SENT_AT.desc(), MESSAGE.ID.desc())
                .fetch(MessageRepository::toMessage);
    }

    int replaceSender(String email, String replacement) {
        return dsl.update(MESSAGE).set(MESSAGE.SENT_BY, replacement).where(MESSAGE.SENT_BY.eq(email)).execute();
    }

    private static SentMessage toMessage(Record r) {
        var m = r.into(MESSAGE);
        return new SentMessage(m.getId(), m.getSubject(), m.getBody(), m.getAudience(), m.getRecipientCount(),
                m.getSentBy(), m.getSentAt());
    }
}
