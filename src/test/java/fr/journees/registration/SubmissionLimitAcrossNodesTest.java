package fr.journees.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.base.sharing.SharedCounters;
import fr.journees.support.JourneesSpringTest;

/** With several application nodes, the hourly allowance of an address holds across them (counted in the database). */
@JourneesSpringTest
@Tag("database")
class SubmissionLimitAcrossNodesTest {

    @Autowired SharedCounters counters;

    @Test
    void an_address_gets_its_allowance_once_whichever_node_it_reaches() {
        var nodeA = new SubmissionLimiter(3, true, counters);
        var nodeB = new SubmissionLimiter(3, true, counters);
        var address = "203.0.113." + UUID.randomUUID().toString().substring(0, 6);

        assertThat(nodeA.admit(address)).isEmpty();
        assertThat(nodeB.admit(address)).isEmpty();
        assertThat(nodeA.admit(address)).isEmpty();
        var refused = nodeB.admit(address);

        assertThat(refused).hasValueSatisfying(wait -> assertThat(wait)
                .isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
        assertThat(nodeA.admit("198.51.100." + UUID.randomUUID().toString().substring(0, 6))).isEmpty();
    }

    @Test
    void in_memory_on_one_node_the_allowance_is_that_nodes() {
        var nodeA = new SubmissionLimiter(1, false, counters);
        var nodeB = new SubmissionLimiter(1, false, counters);
        var address = "203.0.113." + UUID.randomUUID().toString().substring(0, 6);

        assertThat(nodeA.admit(address)).isEmpty();
        assertThat(nodeB.admit(address)).isEmpty();
        assertThat(nodeA.admit(address)).isPresent();
    }
}
