package fr.journees.directory;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * What the three directories' repositories share: the connection, the search condition, the count of
 * what still refers to a row, and the name and version of a locked row.
 */
abstract class DirectoryTableRepository {

    protected final DSLContext dsl;

    DirectoryTableRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Case- and accent-insensitive (by the column's collation) "contains"; no filter matches all. */
    static Condition contains(Field<String> field, String filter) {
        return filter == null || filter.isBlank() ? DSL.trueCondition() : field.contains(filter.strip());
    }

    static boolean blank(String filter) {
        return filter == null || filter.isBlank();
    }

    /** Runs the counts in one statement and keeps the kinds with at least one reference. */
    protected Map<Reference, Integer> references(Map<Reference, Select<Record1<Integer>>> counts) {
        var kinds = List.copyOf(counts.keySet());
        var row = dsl.select(kinds.stream().map(kind -> field(counts.get(kind))).toList()).fetchSingle();
        var found = new EnumMap<Reference, Integer>(Reference.class);
        for (int i = 0; i < kinds.size(); i++) {
            int n = row.get(i, Integer.class);
            if (n > 0) {
                found.put(kinds.get(i), n);
            }
        }
        return found;
    }

    /** The name and version of a locked row. */
    record Versioned(String name, int version) {
    }
}

