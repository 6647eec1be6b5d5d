package fr.journees.base.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CachedReadingTest {

    final AtomicLong now = new AtomicLong();
    final AtomicInteger reads = new AtomicInteger();

    @Test
    void reads_the_source_once_per_period() {
        var reading = new CachedReading<>(reads::incrementAndGet, Duration.ofSeconds(30), now::get);
        assertThat(reading.get()).isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(reading.get()).isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(reading.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_failed_read_is_tried_again_at_the_next_call() {
        var reading = new CachedReading<Integer>(() -> {
            if (reads.incrementAndGet() == 2) {
                throw new IllegalStateException("database down");
            }
            return reads.get();
        }, Duration.ofSeconds(30), now::get);
        assertThat(reading.get()).isEqualTo(1);
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThatThrownBy(reading::get).hasMessage("database down");
        assertThat(reading.get()).isEqualTo(3);
    }
}
