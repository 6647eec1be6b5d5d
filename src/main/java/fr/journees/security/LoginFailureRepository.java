package fr.journees.security;

import static fr.journees.db.Tables.LOGIN_FAILURE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;

import java.time.LocalDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

@Repository
class LoginFailureRepository {

    private final DSLContext dsl;

    LoginFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(String email, String address, LocalDateTime at) {
        dsl.insertInto(LOGIN_FAILURE, LOGIN_FAILURE.EMAIL, LOGIN_FAILURE.ADDRESS, LOGIN_FAILURE.FAILED_AT)
                .values(email, address, at).execute();
    }

    /** How many failures since that time, and the latest of them. */
    Recent forEmail(String email, LocalDateTime since) {
        return recent(LOGIN_FAILURE.EMAIL, email, since);
    }

    Recent forAddress(String address, LocalDateTime since) {
        return recent(LOGIN_FAILURE.ADDRESS, address, since);
    }

    int deleteForEmail(String email) {
        return dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.EMAIL.eq(email)).execute();
    }

    int deleteBefore(LocalDateTime before) {
        return dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.FAILED_AT.lt(before)).execute();
    }

    private Recent recent(Field<String> column, String value, LocalDateTime since) {
        return dsl.select(count(), max(LOGIN_FAILURE.FAILED_AT)).from(LOGIN_FAILURE)
                .where(column.eq(value)).and(LOGIN_FAILURE.FAILED_AT.ge(since))
                .fetchOne(r -> new Recent(r.value1(), Optional.ofNullable(r.value2())));
    }

    record Recent(int count, Optional<LocalDateTime> latest) {
    }
}
