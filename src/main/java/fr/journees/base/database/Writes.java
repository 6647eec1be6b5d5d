package fr.journees.base.database;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.QOM;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts of the writes this node made to the database, by table, raised when a writing statement runs and
 * again when its transaction ends: a reader that saw the same count before and after its read knows this
 * node wrote nothing meanwhile to the tables it read. What memory caches check before trusting a recent
 * read for a short while. A write whose table jOOQ cannot tell (plain SQL, a batch) counts for every table;
 * so a registration rush, which writes only registrations and mails, leaves a cached programme trusted.
 */
@Component
public class Writes implements ExecuteListener {

    private final AtomicLong unknown = new AtomicLong();
    private final Map<String, AtomicLong> byTable = new ConcurrentHashMap<>();

    /** Moves with every write this node makes to one of these tables. */
    public Counter to(Table<?>... tables) {
        var counters = Arrays.stream(tables).map(t -> counter(t.getName())).toList();
        return new Counter(unknown, counters);
    }

    public static final class Counter {
        private final AtomicLong unknown;
        private final List<AtomicLong> tables;

        private Counter(AtomicLong unknown, List<AtomicLong> tables) {
            this.unknown = unknown;
            this.tables = tables;
        }

        public long count() {
            long sum = unknown.get();
            for (var table : tables) {
                sum += table.get();
            }
            return sum;
        }
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (ctx.type() == ExecuteType.READ) {
            return;
        }
        var count = written(ctx.query());
        count.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    count.incrementAndGet();
                }
            });
        }
    }

    private AtomicLong written(Query query) {
        Table<?> table = switch (query) {
            case QOM.Insert<?> insert -> insert.$into();
            case QOM.Update<?> update -> update.$table();
            case QOM.Delete<?> delete -> delete.$from();
            case null, default -> null;
        };
        return table == null ? unknown : counter(table.getName());
    }

    private AtomicLong counter(String table) {
        return byTable.computeIfAbsent(table.toLowerCase(Locale.ROOT), name -> new AtomicLong());
    }
}
