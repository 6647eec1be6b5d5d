package fr.journees.base.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.support.JourneesSpringTest;

@JourneesSpringTest
@Tag("database")
class JobLeaseRepositoryTest {

    @Autowired DSLContext dsl;

    @Test
    void of_many_nodes_taking_the_lease_at_once_exactly_one_gets_it() throws Exception {
        var job = "test-" + UUID.randomUUID();
        int nodes = 12;
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(nodes)) {
            var attempts = new ArrayList<Callable<Boolean>>();
            for (int i = 0; i < nodes; i++) {
                var node = new JobLeaseRepository(dsl);
                attempts.add(() -> {
                    start.await();
                    return node.tryTake(job, Duration.ofMinutes(1));
                });
            }
            var futures = attempts.stream().map(pool::submit).toList();
            start.countDown();
            int taken = 0;
            for (var f : futures) {
                taken += f.get() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(1);
        }
    }

    @Test
    void an_expired_lease_goes_to_another_node_and_a_released_one_too() throws Exception {
        var job = "test-" + UUID.randomUUID();
        var first = new JobLeaseRepository(dsl);
        var second = new JobLeaseRepository(dsl);
        assertThat(first.tryTake(job, Duration.ofMillis(300))).isTrue();
        assertThat(second.tryTake(job, Duration.ofMinutes(1))).isFalse();
        Thread.sleep(400);
        assertThat(second.tryTake(job, Duration.ofMinutes(1))).isTrue();
        assertThat(first.tryTake(job, Duration.ofMinutes(1))).isFalse();
        first.release(job);
        assertThat(first.tryTake(job, Duration.ofMinutes(1))).isFalse();
        second.release(job);
        assertThat(first.tryTake(job, Duration.ofMinutes(1))).isTrue();
    }
}
