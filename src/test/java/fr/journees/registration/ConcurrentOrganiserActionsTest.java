package fr.journees.registration;

import static fr.journees.db.Tables.EVENT;
import static fr.journees.registration.ConcurrentRegistrationTest.runTogether;
import static fr.journees.registration.OpenDay.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.journees.itinerary.ItineraryColour;
import fr.journees.support.JourneesSpringTest;

/** The organisers' and the door's paths raced on the real database: moves, walk-ins, promotions, auto-assignment. */
@JourneesSpringTest
@Tag("database")
class ConcurrentOrganiserActionsTest {

    @Autowired RegistrationService registrations;
    @Autowired OpenDay days;
    @Autowired DSLContext dsl;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeTheDays() {
        created.forEach(days::remove);
    }

    @Test
    void twelve_organisers_moving_twelve_people_into_three_places_at_once_move_exactly_three() throws Exception {
        long event = day(100);
        long green = days.itinerary(event, "Vert", ItineraryColour.GREEN, 50);
        long pink = days.itinerary(event, "Rose", ItineraryColour.PINK, 3);
        var people = IntStream.range(0, 12).mapToObj(i -> registrations.register(event,
                person("M" + i, "m" + i + "@moves.test", green, null))).toList();

        var outcomes = runTogether(12, i -> () -> {
            var view = registrations.byId(people.get(i).id()).orElseThrow();
            registrations.move(view.id(), view.version(), pink, null);
            return "moved";
        });

        assertThat(outcomes).filteredOn("moved"::equals).hasSize(3);
        assertThat(outcomes).filteredOn(o -> o instanceof RegistrationRejected).hasSize(9);
        assertThat(registrations.fillRates(event).itineraries()).filteredOn(r -> r.id() == pink)
                .singleElement().satisfies(r -> assertThat(r.confirmed()).isEqualTo(3));
    }

    @Test
    void twenty_walk_ins_at_once_for_five_places_confirm_five_and_queue_fifteen_in_one_order() throws Exception {
        long event = day(5);

        var outcomes = runTogether(20, i -> () -> registrations.addByHand(event,
                person("W" + i, "w" + i + "@door-rush.test", null, null)));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(RegistrationOutcome.class));
        var all = registrations.all(event);
        assertThat(all).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(5);
        assertThat(all).filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED)
                .extracting(RegistrationView::waitlistPosition)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 15).boxed().toList());
    }

    @Test
    void ten_promotions_at_once_after_three_more_places_promote_exactly_the_first_three_waiting() throws Exception {
        long event = day(2);
        var people = IntStream.range(0, 8).mapToObj(i -> registrations.register(event,
                person("P" + i, "p" + i + "@promote.test", null, null))).toList();
        dsl.update(EVENT).set(EVENT.CAPACITY, 5).where(EVENT.ID.eq(event)).execute();

        var promoted = runTogether(10, i -> () -> registrations.promoteWaitlist(event));

        assertThat(promoted.stream().mapToInt(p -> (Integer) p).sum()).isEqualTo(3);
        var confirmed = registrations.all(event).stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .map(RegistrationView::id).toList();
        assertThat(confirmed).containsExactlyInAnyOrderElementsOf(
                people.subList(0, 5).stream().map(RegistrationOutcome::id).toList());
    }

    @Test
    void five_auto_assignments_at_once_fill_the_itineraries_up_to_their_capacities_and_no_further() throws Exception {
        long event = day(100);
        IntStream.range(0, 10).forEach(i -> registrations.register(event, person("A" + i, "a" + i + "@auto.test",
                null, null)));
        long green = days.itinerary(event, "Vert", ItineraryColour.GREEN, 3);
        long pink = days.itinerary(event, "Rose", ItineraryColour.PINK, 3);

        var assigned = runTogether(5, i -> () -> registrations.autoAssign(event));

        assertThat(assigned.stream().mapToInt(a -> (Integer) a).sum()).isEqualTo(6);
        var rates = registrations.fillRates(event).itineraries();
        assertThat(rates).allSatisfy(r -> assertThat(r.confirmed()).isEqualTo(3));
        assertThat(rates).extracting(FillRate::id).containsExactlyInAnyOrder(green, pink);
    }

    private long day(int capacity) {
        long id = days.create("organisers", capacity);
        created.add(id);
        return id;
    }
}
