package fr.journees.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class EventQueuesTest {

    final EventQueues queues = new EventQueues();

    @Test
    void work_for_one_event_runs_one_at_a_time() throws Exception {
        var inside = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 200; i++) {
            pool.execute(() -> queues.inLine(7L, () -> {
                mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
                Thread.onSpinWait();
                return inside.decrementAndGet();
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void another_event_does_not_wait_for_the_first() throws Exception {
        var firstHeld = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        pool.execute(() -> queues.inLine(1L, () -> {
            firstHeld.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(firstHeld.await(10, TimeUnit.SECONDS)).isTrue();

        var other = queues.inLine(2L, () -> "passé");

        assertThat(other).isEqualTo("passé");
        release.countDown();
        pool.shutdown();
    }
}
