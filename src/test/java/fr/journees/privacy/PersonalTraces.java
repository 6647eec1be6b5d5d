package fr.journees.privacy;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Looks for a string in every text column of every table of the schema (read from the database's own
 * catalogue, so that a table added later is searched too): where a person's traces are left.
 */
@Component
public class PersonalTraces {

    private final DSLContext dsl;

    PersonalTraces(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** "table.column" for every column holding {@code needle} (case-insensitive), empty when none. */
    public List<String> of(String needle) {
        var columns = dsl.resultQuery("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = DATABASE()
                  AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'blob',
                                    'mediumblob', 'longblob', 'json')
                  AND table_name <> 'flyway_schema_history'""").fetch();
        var found = new ArrayList<String>();
        for (var c : columns) {
            String table = c.get(0, String.class);
            String column = c.get(1, String.class);
            int hits = dsl.fetchCount(DSL.table(DSL.name(table)),
                    DSL.condition("LOWER(CONVERT({0} USING utf8mb4)) LIKE {1}", DSL.field(DSL.name(column)),
                            DSL.inline("%" + needle.toLowerCase() + "%")));
            if (hits > 0) {
                found.add(table + "." + column);
            }
        }
        return found;
    }
}
