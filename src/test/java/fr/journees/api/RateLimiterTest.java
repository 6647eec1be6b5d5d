package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    final AtomicLong now = new AtomicLong();
    final RateLimiter limiter = new RateLimiter(60, now::get);

    @Test
    void a_client_may_burst_to_its_allowance_then_waits_for_the_next_token() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.take("ip:1")).as("request %d", i).isEmpty();
        }

        var wait = limiter.take("ip:1");

        assertThat(wait).hasValueSatisfying(w -> assertThat(w).isBetween(Duration.ofMillis(999),
                Duration.ofSeconds(1)));
        assertThat(limiter.remaining("ip:1")).isZero();
    }

    @Test
    void the_allowance_refills_with_time_and_never_beyond_its_size() {
        for (int i = 0; i < 60; i++) {
            limiter.take("ip:1");
        }
        now.addAndGet(Duration.ofSeconds(2).toNanos());

        assertThat(limiter.take("ip:1")).isEmpty();
        assertThat(limiter.take("ip:1")).isEmpty();
        assertThat(limiter.take("ip:1")).isPresent();
        now.addAndGet(Duration.ofHours(1).toNanos());
        assertThat(limiter.remaining("ip:1")).isEqualTo(60);
    }

    @Test
    void clients_do_not_share_their_allowances() {
        for (int i = 0; i < 60; i++) {
            limiter.take("ip:1");
        }

        assertThat(limiter.take("ip:2")).isEmpty();
        assertThat(limiter.take("key:7")).isEmpty();
    }

    @Test
    void sweeping_the_buckets_of_many_quiet_clients_keeps_the_allowance_of_a_busy_one() {
        for (int i = 0; i < 60; i++) {
            limiter.take("ip:busy");
        }
        for (int i = 0; i < 10_001; i++) {
            limiter.take("ip:phone-" + i);
        }
        now.addAndGet(Duration.ofSeconds(2).toNanos());

        assertThat(limiter.take("ip:newcomer")).isEmpty();
        assertThat(limiter.take("ip:busy")).isEmpty();
        assertThat(limiter.take("ip:busy")).isEmpty();
        assertThat(limiter.take("ip:busy")).isPresent();
    }
}
