package fr.journees.registration;

import static fr.journees.db.Tables.LOST_LINK_REQUEST;
import static org.jooq.impl.DSL.count;

import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class LostLinkRepository {

    private final DSLContext dsl;

    LostLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(long eventId, String emailHash, String address, LocalDateTime at) {
        dsl.insertInto(LOST_LINK_REQUEST, LOST_LINK_REQUEST.EVENT_ID, LOST_LINK_REQUEST.EMAIL_HASH,
                LOST_LINK_REQUEST.ADDRESS, LOST_LINK_REQUEST.REQUESTED_AT)
                .values(eventId, emailHash, address, at).execute();
    }

    int countForEmail(long eventId, String emailHash, LocalDateTime since) {
        return dsl.select(count()).from(LOST_LINK_REQUEST)
                .where(LOST_LINK_REQUEST.EVENT_ID.eq(eventId)).and(LOST_LINK_REQUEST.EMAIL_HASH.eq(emailHash))
                .and(LOST_LINK_REQUEST.REQUESTED_AT.ge(since)).fetchOne(0, int.class);
    }

    int countForAddress(String address, LocalDateTime since) {
        return dsl.select(count()).from(LOST_LINK_REQUEST)
                .where(LOST_LINK_REQUEST.ADDRESS.eq(address)).and(LOST_LINK_REQUEST.REQUESTED_AT.ge(since))
                .fetchOne(0, int.class);
    }

    int deleteBefore(LocalDateTime before) {
        return dsl.deleteFrom(LOST_LINK_REQUEST).where(LOST_LINK_REQUEST.REQUESTED_AT.lt(before)).execute();
    }
}
