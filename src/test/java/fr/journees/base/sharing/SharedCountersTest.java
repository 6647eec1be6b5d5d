package fr.journees.base.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.support.JourneesSpringTest;

@JourneesSpringTest
@Tag("database")
class SharedCountersTest {

    @Autowired SharedCounters counters;
    @Autowired SharedCountersRepository repository;

    @Test
    void two_hundred_simultaneous_hits_count_two_hundred_and_each_sees_its_own_rank() throws Exception {
        var name = "test:" + UUID.randomUUID();
        var pool = Executors.newFixedThreadPool(20);
        try {
            var tasks = IntStream.range(0, 200).mapToObj(i -> (Callable<Long>) () ->
                    counters.hit(name, Duration.ofHours(1)).hits()).toList();
            var ranks = pool.invokeAll(tasks).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();

            assertThat(ranks).containsExactlyElementsOf(IntStream.rangeClosed(1, 200).mapToObj(i -> (long) i).toList());
            assertThat(counters.peek(name, Duration.ofHours(1)).hits()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }
}
