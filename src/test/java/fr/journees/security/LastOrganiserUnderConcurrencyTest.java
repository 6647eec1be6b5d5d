package fr.journees.security;

import static fr.journees.db.Tables.ACCOUNT;
import static fr.journees.db.Tables.ACCOUNT_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import fr.journees.support.JourneesSpringTest;

/**
 * Two organisers, the only enabled ones, each disable the other at the same moment: the check runs
 * under a lock, so one of them wins and one organiser remains. Commits for real, and restores the
 * organisers it disabled.
 */
@JourneesSpringTest
@Tag("database")
class LastOrganiserUnderConcurrencyTest {

    @Autowired AccountService service;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate transactions;

    @Test
    void two_organisers_disabling_each_other_at_once_leave_one_enabled() throws Exception {
        var alice = organiser("alice");
        var bruno = organiser("bruno");
        List<Long> othersEnabled = dsl.select(ACCOUNT.ID).from(ACCOUNT)
                .where(ACCOUNT.ENABLED.isTrue(), ACCOUNT.ID.notIn(alice.id(), bruno.id()),
                        DSL.exists(DSL.selectOne().from(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID),
                                ACCOUNT_ROLE.ROLE.eq(Roles.ORGANISER))))
                .fetch(ACCOUNT.ID);
        dsl.update(ACCOUNT).set(ACCOUNT.ENABLED, false).where(ACCOUNT.ID.in(othersEnabled)).execute();
        try (var threads = Executors.newFixedThreadPool(2)) {
            var bothInside = new CountDownLatch(2);
            var first = CompletableFuture.supplyAsync(() -> disable(alice, bruno, bothInside), threads);
            var second = CompletableFuture.supplyAsync(() -> disable(bruno, alice, bothInside), threads);

            var outcomes = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

            assertThat(outcomes).containsExactlyInAnyOrder("done", "LAST_ORGANISER");
            assertThat(dsl.fetchCount(ACCOUNT, ACCOUNT.ID.in(alice.id(), bruno.id()).and(ACCOUNT.ENABLED.isTrue())))
                    .isEqualTo(1);
        } finally {
            dsl.update(ACCOUNT).set(ACCOUNT.ENABLED, true).where(ACCOUNT.ID.in(othersEnabled)).execute();
            dsl.deleteFrom(ACCOUNT).where(ACCOUNT.ID.in(alice.id(), bruno.id())).execute();
        }
    }

    /** Disables {@code target} as {@code actor}, holding the transaction open until both have started. */
    private String disable(AccountSummary actor, AccountSummary target, CountDownLatch bothInside) {
        try {
            return transactions.execute(status -> {
                bothInside.countDown();
                await(bothInside);
                service.setEnabled(actor.email(), target.id(), target.version(), false);
                pause();
                return "done";
            });
        } catch (AccountChangeRefused refused) {
            return refused.reason().name();
        }
    }

    private AccountSummary organiser(String name) {
        var issued = service.createWithOneTimePassword(new AccountDraft(name + "-" + UUID.randomUUID()
                + "@journees.test", name, Set.of(Roles.ORGANISER)));
        return service.summary(issued.accountId()).orElseThrow();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
