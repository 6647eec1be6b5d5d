package fr.journees.itinerary.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScheduleAndCollisionTest {

    static final int DEFAULT_WALK = 5;
    static final long CAMUS = 1, ESCM = 2, CYBERBASE = 3, CSW = 4;

    static PlannedStop stop(long place, String name, Integer walk) {
        return new PlannedStop(place, name, 20, walk);
    }

    static ItinerarySchedule vert() {
        return ScheduleCalculator.schedule(10, "Parcours vert", LocalTime.of(9, 50), DEFAULT_WALK, List.of(
                stop(CAMUS, "Collège Albert Camus", 0), stop(ESCM, "ESCM", null),
                stop(CYBERBASE, "Cyberbase", null), stop(CSW, "Collectif Social Web", null)));
    }

    static ItinerarySchedule rose() {
        return ScheduleCalculator.schedule(11, "Parcours rose", LocalTime.of(9, 50), DEFAULT_WALK, List.of(
                stop(CYBERBASE, "Cyberbase", null), stop(CSW, "Collectif Social Web", null),
                stop(ESCM, "ESCM", null), stop(CAMUS, "Collège Albert Camus", null)));
    }

    @Test
    void computes_arrival_and_departure_of_every_stop_from_departure_durations_and_walks() {
        var schedule = vert();
        assertThat(schedule.stops()).extracting(TimedStop::arrival)
                .containsExactly(LocalTime.of(9, 50), LocalTime.of(10, 15), LocalTime.of(10, 40), LocalTime.of(11, 5));
        assertThat(schedule.stops()).extracting(TimedStop::departure)
                .containsExactly(LocalTime.of(10, 10), LocalTime.of(10, 35), LocalTime.of(11, 0), LocalTime.of(11, 25));
        assertThat(schedule.end()).isEqualTo(LocalTime.of(11, 25));
    }

    @Test
    void uses_the_default_walk_before_the_first_stop_unless_overridden() {
        assertThat(rose().stops().get(0).arrival()).isEqualTo(LocalTime.of(9, 55));
        assertThat(vert().stops().get(0).arrival()).isEqualTo(LocalTime.of(9, 50));
    }

    @Test
    void flags_an_itinerary_that_overruns_its_visit_slot() {
        assertThat(vert().overruns(LocalTime.of(9, 50), LocalTime.of(11, 45))).isFalse();
        assertThat(rose().overruns(LocalTime.of(9, 50), LocalTime.of(11, 20))).isTrue();
        assertThat(vert().overruns(LocalTime.of(10, 0), LocalTime.of(11, 45))).isTrue();
    }

    @Test
    void recognises_the_bayonne_green_and_pink_itineraries_as_collision_free() {
        assertThat(CollisionDetector.detect(List.of(vert(), rose()))).isEmpty();
        assertThat(CollisionDetector.isCollisionFree(List.of(vert(), rose()))).isTrue();
    }

    @Test
    void names_the_place_and_the_times_when_two_itineraries_meet() {
        var shadow = ScheduleCalculator.schedule(12, "Parcours bleu", LocalTime.of(10, 0), DEFAULT_WALK, List.of(
                stop(CAMUS, "Collège Albert Camus", 0), stop(ESCM, "ESCM", null)));
        var collisions = CollisionDetector.detect(List.of(vert(), shadow));
        assertThat(collisions).containsExactly(
                new Collision(CAMUS, "Collège Albert Camus", "Parcours vert", "Parcours bleu",
                        LocalTime.of(10, 0), LocalTime.of(10, 10)),
                new Collision(ESCM, "ESCM", "Parcours vert", "Parcours bleu",
                        LocalTime.of(10, 25), LocalTime.of(10, 35)));
    }

    @Test
    void two_groups_leaving_a_place_as_the_next_one_arrives_do_not_collide() {
        var first = ScheduleCalculator.schedule(1, "A", LocalTime.of(9, 0), 0, List.of(stop(CAMUS, "Camus", 0)));
        var second = ScheduleCalculator.schedule(2, "B", LocalTime.of(9, 20), 0, List.of(stop(CAMUS, "Camus", 0)));
        assertThat(CollisionDetector.detect(List.of(first, second))).isEmpty();
    }
}
