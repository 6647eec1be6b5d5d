package fr.journees.base.sharing;

import static fr.journees.db.Tables.SHARED_COUNTER;

import java.sql.Statement;
import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class SharedCountersRepository {

    private final DSLContext dsl;

    SharedCountersRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Adds one hit and returns the window's count, in one statement: the count travels back as the
     * statement's last insert id (MariaDB's LAST_INSERT_ID(expr)), so no second read is needed.
     */
    long hit(String name, LocalDateTime windowStart) {
        return dsl.connectionResult(connection -> {
            try (var statement = connection.prepareStatement(HIT, Statement.RETURN_GENERATED_KEYS)) {
                statement.setString(1, name);
                statement.setObject(2, windowStart);
                statement.executeUpdate();
                try (var keys = statement.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 1L;
                }
            }
        });
    }

    private static final String HIT = "INSERT INTO shared_counter (name, window_start, hits) VALUES (?, ?, LAST_INSERT_ID(1)) "
            + "ON DUPLICATE KEY UPDATE hits = LAST_INSERT_ID(hits + 1)";

    long hits(String name, LocalDateTime windowStart) {
        var hits = dsl.select(SHARED_COUNTER.HITS).from(SHARED_COUNTER)
                .where(SHARED_COUNTER.NAME.eq(name).and(SHARED_COUNTER.WINDOW_START.eq(windowStart)))
                .fetchOne(SHARED_COUNTER.HITS);
        return hits == null ? 0 : hits;
    }

    int deleteBefore(LocalDateTime before) {
        return dsl.deleteFrom(SHARED_COUNTER).where(SHARED_COUNTER.WINDOW_START.lt(before)).execute();
    }
}
