package fr.journees.registration;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in its own transaction and runs it again, a few times, when the database chose it as a
 * deadlock victim or gave up waiting for a lock: under a rush that is a normal outcome, not an error
 * to show a participant. The work must be safe to repeat (it re-reads everything under its locks).
 */
@Component
class LockedTransactions {

    static final int ATTEMPTS = 6;
    private static final Logger log = LoggerFactory.getLogger(LockedTransactions.class);

    private final TransactionTemplate template;

    LockedTransactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
    }

    <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !lockConflict(e)) {
                    throw e;
                }
                log.debug("Lock conflict, attempt {} of {}", attempt, ATTEMPTS, e);
                pause(attempt);
            }
        }
    }

    static boolean lockConflict(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
