package fr.journees.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SendingRateTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void lets_through_at_most_the_configured_number_in_any_minute() {
        var rate = new SendingRate(3);
        long t = 1_000 * SECOND;
        assertThat(rate.tryAcquire(t)).isTrue();
        assertThat(rate.tryAcquire(t + SECOND)).isTrue();
        assertThat(rate.tryAcquire(t + 2 * SECOND)).isTrue();
        assertThat(rate.tryAcquire(t + 30 * SECOND)).isFalse();
        assertThat(rate.room(t + 59 * SECOND)).isZero();
        assertThat(rate.room(t + 60 * SECOND)).isEqualTo(1);
        assertThat(rate.tryAcquire(t + 61 * SECOND)).isTrue();
        assertThat(rate.tryAcquire(t + 61 * SECOND)).isTrue();
        assertThat(rate.tryAcquire(t + 61 * SECOND)).isFalse();
    }
}
