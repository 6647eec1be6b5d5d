package fr.journees.itinerary.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RotationPlannerTest {

    static final LocalTime NINE_FIFTY = LocalTime.of(9, 50);

    static List<RotationPlace> places(int n, int duration) {
        var places = new ArrayList<RotationPlace>();
        for (int i = 1; i <= n; i++) {
            places.add(new RotationPlace(i, "Lieu " + i, duration, null, null));
        }
        return places;
    }

    static List<RotationGroup> groups(int n) {
        var groups = new ArrayList<RotationGroup>();
        for (int i = 1; i <= n; i++) {
            groups.add(new RotationGroup(100 + i, "Parcours " + i, NINE_FIFTY));
        }
        return groups;
    }

    static void assertEveryGroupVisitsEveryPlaceOnceWithoutCollision(RotationProposal proposal, int places,
                                                                    int groups) {
        assertThat(proposal).isInstanceOf(RotationProposal.Found.class);
        var schedules = ((RotationProposal.Found) proposal).schedules();
        assertThat(schedules).hasSize(groups);
        for (var schedule : schedules) {
            assertThat(schedule.stops()).hasSize(places);
            assertThat(new HashSet<>(schedule.stops().stream().map(TimedStop::placeId).toList())).hasSize(places);
        }
        assertThat(CollisionDetector.detect(schedules)).isEmpty();
    }

    @Test
    void proposes_a_collision_free_rotation_of_four_places_for_two_itineraries() {
        var proposal = RotationPlanner.propose(places(4, 20), groups(2), 5);
        assertEveryGroupVisitsEveryPlaceOnceWithoutCollision(proposal, 4, 2);
    }

    @Test
    void proposes_a_collision_free_rotation_of_five_places_for_five_itineraries() {
        var proposal = RotationPlanner.propose(places(5, 20), groups(5), 5);
        assertEveryGroupVisitsEveryPlaceOnceWithoutCollision(proposal, 5, 5);
        var schedules = ((RotationProposal.Found) proposal).schedules();
        for (int slot = 0; slot < 5; slot++) {
            int s = slot;
            assertThat(new HashSet<>(schedules.stream().map(x -> x.stops().get(s).placeId()).toList()))
                    .as("places at slot %d", slot).hasSize(5);
        }
    }

    @Test
    void answers_clearly_that_five_groups_leaving_together_cannot_share_four_places() {
        var proposal = RotationPlanner.propose(places(4, 20), groups(5), 5);
        assertThat(proposal).isEqualTo(new RotationProposal.Impossible(
                RotationProposal.Reason.MORE_GROUPS_THAN_PLACES, 4, 5));
    }

    @Test
    void answers_clearly_when_there_is_nothing_to_plan() {
        assertThat(RotationPlanner.propose(List.of(), groups(2), 5)).isEqualTo(
                new RotationProposal.Impossible(RotationProposal.Reason.NO_PLACE, 0, 2));
        assertThat(RotationPlanner.propose(places(3, 20), List.of(), 5)).isEqualTo(
                new RotationProposal.Impossible(RotationProposal.Reason.NO_ITINERARY, 3, 0));
    }

    @Test
    void staggered_departures_let_more_groups_than_places_go_round() {
        var staggered = List.of(new RotationGroup(1, "Tôt", LocalTime.of(9, 0)),
                new RotationGroup(2, "Tôt aussi", LocalTime.of(9, 0)),
                new RotationGroup(3, "Tard", LocalTime.of(11, 0)));
        assertEveryGroupVisitsEveryPlaceOnceWithoutCollision(RotationPlanner.propose(places(2, 20), staggered, 5),
                2, 3);
    }

    @Test
    void prefers_the_shortest_walk_when_places_have_coordinates() {
        // Four places one kilometre apart along a meridian, given out of order.
        var places = List.of(place(1, 0), place(3, 2), place(2, 1), place(4, 3));
        var proposal = (RotationProposal.Found) RotationPlanner.propose(places, groups(1), 5);
        var order = proposal.schedules().get(0).stops().stream().map(TimedStop::placeId).toList();
        assertThat(order).isIn(List.of(1L, 2L, 3L, 4L), List.of(4L, 3L, 2L, 1L));
        assertThat(proposal.walkMetres()).isBetween(2_990L, 3_010L);
    }

    @Test
    void every_rotation_it_proposes_is_collision_free_by_the_computed_times() {
        var random = new Random(20241003);
        int found = 0;
        for (int run = 0; run < 200; run++) {
            int p = 2 + random.nextInt(6);
            int g = 1 + random.nextInt(p);
            var places = new ArrayList<RotationPlace>();
            for (int i = 1; i <= p; i++) {
                places.add(new RotationPlace(i, "Lieu " + i, 10 + random.nextInt(4) * 5, null, null));
            }
            var groups = new ArrayList<RotationGroup>();
            for (int i = 1; i <= g; i++) {
                groups.add(new RotationGroup(i, "P" + i, NINE_FIFTY.plusMinutes(random.nextInt(3) * 10L)));
            }
            var proposal = RotationPlanner.propose(places, groups, random.nextInt(8));
            if (proposal instanceof RotationProposal.Found) {
                found++;
                assertEveryGroupVisitsEveryPlaceOnceWithoutCollision(proposal, p, g);
            } else {
                assertThat(((RotationProposal.Impossible) proposal).reason())
                        .isEqualTo(RotationProposal.Reason.NO_COLLISION_FREE_ORDER);
            }
        }
        assertThat(found).isGreaterThan(100);
    }

    private static RotationPlace place(long id, int kilometresNorth) {
        var latitude = new BigDecimal("43.500000").add(new BigDecimal(kilometresNorth).multiply(new BigDecimal("0.008993")));
        return new RotationPlace(id, "Lieu " + id, 20, latitude, new BigDecimal("-1.460000"));
    }
}
