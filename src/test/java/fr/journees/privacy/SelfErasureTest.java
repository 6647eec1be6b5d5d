package fr.journees.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.registration.OpenDay;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.support.JourneesSpringTest;

/** A participant erases their registration: the place goes to the waiting list, nothing of them stays. */
@JourneesSpringTest
@Tag("database")
class SelfErasureTest {

    @Autowired RegistrationService registrations;
    @Autowired PersonalTraces traces;
    @Autowired OpenDay days;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    @Test
    void erasing_frees_the_place_promotes_the_first_waiting_and_leaves_nothing_of_the_person_in_any_table() {
        long event = days.create("effacement", 1);
        created.add(event);
        var erased = registrations.register(event, RetentionJobTest.person("Garazi", "garazi.erase@example.test", null, null));
        var waiting = registrations.register(event, OpenDay.person("Xabi", "xabi.waits@example.test", null, null));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(traces.of("garazi.erase@example.test")).isNotEmpty();
        assertThat(traces.of(erased.token())).isNotEmpty();

        int rows = registrations.erase(erased.token());

        assertThat(rows).isGreaterThanOrEqualTo(2);
        assertThat(registrations.byToken(erased.token())).isEmpty();
        assertThat(registrations.byToken(waiting.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        for (var trace : List.of("garazi.erase@example.test", "Garazi", erased.token(), "Asso Garazi",
                "Sans gluten Garazi", "Fauteuil Garazi", erased.view().checkinCode())) {
            assertThat(traces.of(trace)).as(trace).isEmpty();
        }
        assertThat(traces.of("xabi.waits@example.test")).isNotEmpty();
    }
}
