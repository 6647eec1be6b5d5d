package fr.journees.apiaccess;

import static fr.journees.db.Tables.API_ORIGIN;

import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ApiOriginRepository {

    private final DSLContext dsl;

    ApiOriginRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<String> all() {
        return dsl.select(API_ORIGIN.ORIGIN).from(API_ORIGIN).orderBy(API_ORIGIN.ORIGIN).fetch(API_ORIGIN.ORIGIN);
    }

    boolean exists(String origin) {
        return dsl.fetchExists(API_ORIGIN, API_ORIGIN.ORIGIN.eq(origin));
    }

    void insert(String origin, LocalDateTime now) {
        dsl.insertInto(API_ORIGIN).set(API_ORIGIN.ORIGIN, origin).set(API_ORIGIN.CREATED_AT, now).execute();
    }

    int delete(String origin) {
        return dsl.deleteFrom(API_ORIGIN).where(API_ORIGIN.ORIGIN.eq(origin)).execute();
    }
}
