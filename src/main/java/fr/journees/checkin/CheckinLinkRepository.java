package fr.journees.checkin;

import static fr.journees.db.Tables.CHECKIN_LINK;

import java.time.LocalDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class CheckinLinkRepository {

    private final DSLContext dsl;

    CheckinLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One link per day: a new one replaces the old, whose secret then opens nothing. */
    void replace(long eventId, String secretHash, LocalDateTime expiresAt, String by, LocalDateTime now) {
        delete(eventId);
        dsl.insertInto(CHECKIN_LINK).set(CHECKIN_LINK.EVENT_ID, eventId).set(CHECKIN_LINK.SECRET_HASH, secretHash)
                .set(CHECKIN_LINK.EXPIRES_AT, expiresAt).set(CHECKIN_LINK.CREATED_BY, by)
                .set(CHECKIN_LINK.CREATED_AT, now).execute();
    }

    int renameCreator(String from, String to) {
        return dsl.update(CHECKIN_LINK).set(CHECKIN_LINK.CREATED_BY, to).where(CHECKIN_LINK.CREATED_BY.eq(from))
                .execute();
    }

    boolean delete(long eventId) {
        return dsl.deleteFrom(CHECKIN_LINK).where(CHECKIN_LINK.EVENT_ID.eq(eventId)).execute() > 0;
    }

    Optional<CheckinLink> of(long eventId) {
        return dsl.select(CHECKIN_LINK.EVENT_ID, CHECKIN_LINK.CREATED_AT, CHECKIN_LINK.CREATED_BY,
                        CHECKIN_LINK.EXPIRES_AT)
                .from(CHECKIN_LINK).where(CHECKIN_LINK.EVENT_ID.eq(eventId))
                .fetchOptional(r -> new CheckinLink(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Optional<Long> eventOf(String secretHash, LocalDateTime now) {
        return dsl.select(CHECKIN_LINK.EVENT_ID).from(CHECKIN_LINK)
                .where(CHECKIN_LINK.SECRET_HASH.eq(secretHash).and(CHECKIN_LINK.EXPIRES_AT.gt(now)))
                .fetchOptional(CHECKIN_LINK.EVENT_ID);
    }
}
