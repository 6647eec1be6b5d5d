package fr.journees.registration;

import static fr.journees.db.Tables.REGISTRATION_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.journees.support.JourneesSpringTest;
import io.micrometer.core.instrument.MeterRegistry;

/** The runner of every seat transaction: lock first, its own transaction, retried afresh after a lock conflict. */
@JourneesSpringTest
@Tag("database")
class LockedTransactionsTest {

    @Autowired LockedTransactions locked;
    @Autowired OpenDay days;
    @Autowired DSLContext dsl;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MeterRegistry meters;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    @Test
    void the_work_runs_after_the_lock_was_written_and_numbers_each_transaction_of_the_day() {
        long event = day();
        long first = locked.run(event, day -> day.event().ticket());
        long second = locked.run(event, day -> day.event().ticket());

        assertThat(second).isEqualTo(first + 1);
        assertThat(dsl.select(REGISTRATION_LEDGER.VERSION).from(REGISTRATION_LEDGER)
                .where(REGISTRATION_LEDGER.EVENT_ID.eq(event)).fetchOne(REGISTRATION_LEDGER.VERSION)).isEqualTo(second);
    }

    @Test
    void a_lock_conflict_is_retried_in_a_new_transaction_that_does_not_see_the_first_attempt() {
        long event = day();
        var attempts = new AtomicInteger();
        var ticketsSeen = new ArrayList<Long>();

        long ticket = locked.run(event, day -> {
            ticketsSeen.add(day.event().ticket());
            if (attempts.incrementAndGet() == 1) {
                throw new CannotAcquireLockException("chosen as a deadlock victim");
            }
            return day.event().ticket();
        });

        assertThat(attempts).hasValue(2);
        // the first attempt's ledger write was rolled back: the retry took the same number again
        assertThat(ticketsSeen).containsExactly(ticket, ticket);
    }

    @Test
    void a_certification_failure_is_retried_and_counted_in_the_lock_retries_metric() {
        long event = day();
        var retries = meters.get("journees.registration.lock.retries").counter();
        double before = retries.count();
        var attempts = new AtomicInteger();

        locked.run(event, day -> {
            if (attempts.incrementAndGet() <= 2) {
                // What a Galera node answers when another node's commit on the same ledger row came first.
                throw new UncategorizedSQLException("commit", "COMMIT", new SQLException(
                        "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
            }
            return day.event().ticket();
        });

        assertThat(attempts).hasValue(3);
        assertThat(retries.count() - before).isEqualTo(2);
    }

    @Test
    void a_failure_that_is_no_lock_conflict_is_neither_retried_nor_counted() {
        long event = day();
        var retries = meters.get("journees.registration.lock.retries").counter();
        double before = retries.count();
        var attempts = new AtomicInteger();

        assertThatThrownBy(() -> locked.run(event, day -> {
            attempts.incrementAndGet();
            throw new UncategorizedSQLException("insert", "INSERT", new SQLException("Data too long", "22001", 1406));
        })).isInstanceOf(UncategorizedSQLException.class);

        assertThat(attempts).hasValue(1);
        assertThat(retries.count()).isEqualTo(before);
    }

    @Test
    void inside_a_callers_transaction_the_work_still_runs_in_its_own_and_commits_on_its_own() {
        long event = day();
        var outer = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> outer.executeWithoutResult(status -> {
            locked.run(event, day -> day.event().ticket());
            throw new IllegalStateException("the caller fails after the seat transaction committed");
        })).isInstanceOf(IllegalStateException.class);

        long next = locked.run(event, day -> day.event().ticket());
        assertThat(next).isEqualTo(2);
    }

    @Test
    void an_unknown_day_is_refused_before_any_work() {
        assertThatThrownBy(() -> locked.run(-1, day -> "never")).isInstanceOf(RegistrationRejected.class)
                .extracting(e -> ((RegistrationRejected) e).reason()).isEqualTo(RegistrationRejected.Reason.NOT_FOUND);
    }

    private long day() {
        long id = days.create("verrou", 10);
        created.add(id);
        dsl.deleteFrom(REGISTRATION_LEDGER).where(REGISTRATION_LEDGER.EVENT_ID.eq(id)).execute();
        return id;
    }
}
