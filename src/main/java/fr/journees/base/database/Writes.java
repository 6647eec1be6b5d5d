package fr.journees.base.database;

import java.util.concurrent.atomic.AtomicLong;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A count of the writes this node made to the database, raised when a writing statement runs and again
 * when its transaction ends: a reader that saw the same count before and after its read knows this node
 * wrote nothing meanwhile. What memory caches check before trusting a recent read for a short while.
 */
@Component
public class Writes implements ExecuteListener {

    private final AtomicLong count = new AtomicLong();

    public long count() {
        return count.get();
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (ctx.type() == ExecuteType.READ) {
            return;
        }
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
}
