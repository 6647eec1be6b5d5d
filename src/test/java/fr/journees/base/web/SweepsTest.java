package fr.journees.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SweepsTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final Sweeps sweeps = new Sweeps(100, Duration.ofSeconds(1));

    @Test
    void a_map_at_or_under_its_threshold_is_never_swept() {
        assertThat(sweeps.due(100, 0)).isFalse();
        assertThat(sweeps.due(0, 10 * SECOND)).isFalse();
    }

    @Test
    void above_its_threshold_a_map_is_swept_at_once_then_at_most_once_per_period() {
        long start = 123_456_789L;
        assertThat(sweeps.due(101, start)).isTrue();
        assertThat(sweeps.due(5_000, start + 1)).isFalse();
        assertThat(sweeps.due(5_000, start + SECOND - 1)).isFalse();
        assertThat(sweeps.due(5_000, start + SECOND)).isTrue();
        assertThat(sweeps.due(5_000, start + SECOND + 1)).isFalse();
    }

    @Test
    void of_many_requests_arriving_when_a_sweep_is_due_only_one_sweeps() {
        sweeps.due(101, 0);
        int sweeping = 0;
        for (int i = 0; i < 1_000; i++) {
            sweeping += sweeps.due(101, 2 * SECOND) ? 1 : 0;
        }
        assertThat(sweeping).isEqualTo(1);
    }
}
