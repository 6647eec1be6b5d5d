package fr.journees.apiaccess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiClientTest {

    @Test
    void a_key_without_event_reads_every_event() {
        var client = new ApiClient(1, "Partout", null);
        assertThat(client.mayRead(7)).isTrue();
        assertThat(client.mayRead(8)).isTrue();
    }

    @Test
    void a_key_for_one_event_reads_only_that_event() {
        var client = new ApiClient(1, "Une journée", 7L);
        assertThat(client.mayRead(7)).isTrue();
        assertThat(client.mayRead(8)).isFalse();
    }
}
