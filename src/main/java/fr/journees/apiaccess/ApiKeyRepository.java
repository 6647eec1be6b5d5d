package fr.journees.apiaccess;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.API_KEY;
import static fr.journees.db.Tables.EVENT;
import static org.jooq.Records.mapping;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ApiKeyRepository {

    private final DSLContext dsl;

    ApiKeyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(String name, String prefix, String secretHash, Long eventId, long createdBy, LocalDateTime now) {
        return dsl.insertInto(API_KEY)
                .set(API_KEY.NAME, name)
                .set(API_KEY.PREFIX, prefix)
                .set(API_KEY.SECRET_HASH, secretHash)
                .set(API_KEY.EVENT_ID, eventId)
                .set(API_KEY.CREATED_BY, createdBy)
                .set(API_KEY.CREATED_AT, now)
                .returningResult(API_KEY.ID)
                .fetchOne(API_KEY.ID);
    }

    /** Every key, newest first, with the title of its event and the name of its creator. */
    List<ApiKeyView> all() {
        return dsl.select(API_KEY.ID, API_KEY.NAME, API_KEY.PREFIX, API_KEY.EVENT_ID, EVENT.TITLE,
                        ACCOUNT.DISPLAY_NAME, API_KEY.CREATED_AT, API_KEY.LAST_USED_AT, API_KEY.REVOKED_AT)
                .from(API_KEY)
                .leftJoin(EVENT).on(EVENT.ID.eq(API_KEY.EVENT_ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(API_KEY.CREATED_BY))
                .orderBy(API_KEY.CREATED_AT.desc(), API_KEY.ID.desc())
                .fetch(mapping(ApiKeyView::new));
    }

    /** The key of this secret hash, unless revoked: one lookup on the unique index. */
    Optional<ActiveKey> findActive(String secretHash) {
        return dsl.select(API_KEY.ID, API_KEY.NAME, API_KEY.EVENT_ID, API_KEY.LAST_USED_AT)
                .from(API_KEY)
                .where(API_KEY.SECRET_HASH.eq(secretHash), API_KEY.REVOKED_AT.isNull())
                .fetchOptional(mapping(ActiveKey::new));
    }

    /** Sets the last use unless one at or after {@code notBefore} is already recorded (a concurrent request). */
    void recordUse(long id, LocalDateTime now, LocalDateTime notBefore) {
        dsl.update(API_KEY)
                .set(API_KEY.LAST_USED_AT, now)
                .where(API_KEY.ID.eq(id), API_KEY.LAST_USED_AT.isNull().or(API_KEY.LAST_USED_AT.lt(notBefore)))
                .execute();
    }

    /** Revokes the key unless it already is: the first revocation time stays. */
    void revoke(long id, LocalDateTime now) {
        dsl.update(API_KEY)
                .set(API_KEY.REVOKED_AT, now)
                .where(API_KEY.ID.eq(id), API_KEY.REVOKED_AT.isNull())
                .execute();
    }

    boolean eventExists(long eventId) {
        return dsl.fetchExists(EVENT, EVENT.ID.eq(eventId));
    }

    record ActiveKey(long id, String name, Long eventId, LocalDateTime lastUsedAt) {
    }
}
