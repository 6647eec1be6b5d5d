package fr.journees.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.base.sharing.SharedCounters;
import fr.journees.support.JourneesSpringTest;

/** Two nodes' allowances counted in one database: a client gets its minute's allowance once, whichever node it reaches. */
@JourneesSpringTest
@Tag("database")
class SharedAllowanceTest {

    @Autowired SharedCounters counters;

    @Test
    void a_client_alternating_between_two_nodes_gets_its_allowance_once() {
        var nodeA = new SharedAllowance(4, "api-ip:", counters);
        var nodeB = new SharedAllowance(4, "api-ip:", counters);
        var client = "ip:" + UUID.randomUUID();

        for (int i = 0; i < 4; i++) {
            assertThat((i % 2 == 0 ? nodeA : nodeB).take(client)).as("request %d", i).isEmpty();
        }
        assertThat(nodeB.remaining(client)).isZero();
        var wait = nodeA.take(client);

        assertThat(wait).hasValueSatisfying(w -> assertThat(w).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(nodeB.take("ip:" + UUID.randomUUID())).isEmpty();
        assertThat(nodeA.remaining("ip:someone-else-" + UUID.randomUUID())).isEqualTo(4);
    }
}
