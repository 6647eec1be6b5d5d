package fr.journees.livret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The plan shows which way each itinerary walks. */
class PlanDrawingTest {

    @Test
    void each_leg_has_an_arrow_pointing_to_the_next_stop() {
        var arrows = PlanDrawing.arrows(List.of(new double[] {0, 0}, new double[] {200, 0}, new double[] {200, 200}));

        assertThat(arrows).hasSize(2);
        var east = points(arrows.get(0));
        assertThat(east[0][0]).as("tip to the east of the base").isGreaterThan(east[1][0]).isGreaterThan(east[2][0] - 0.01);
        var south = points(arrows.get(1));
        assertThat(south[0][1]).as("tip below the base (y grows downwards)").isGreaterThan(south[1][1]);
    }

    @Test
    void two_itineraries_walking_a_street_in_opposite_directions_show_two_distinct_arrows() {
        var there = points(PlanDrawing.arrows(List.of(new double[] {0, 0}, new double[] {300, 0})).get(0));
        var back = points(PlanDrawing.arrows(List.of(new double[] {300, 0}, new double[] {0, 0})).get(0));

        assertThat(there[0][0]).isGreaterThan(there[1][0]);
        assertThat(back[0][0]).isLessThan(back[1][0]);
        assertThat(Math.abs(there[0][0] - back[0][0])).as("apart along the street").isGreaterThan(20);
    }

    @Test
    void a_leg_too_short_to_hold_an_arrow_between_its_markers_gets_none() {
        assertThat(PlanDrawing.arrows(List.of(new double[] {0, 0}, new double[] {10, 10}))).isEmpty();
    }

    @Test
    void the_drawn_plan_carries_the_arrows_of_each_itinerary() {
        var plan = PlanDrawing.draw(List.of(new PlanDrawing.Itinerary("Parcours vert", "#2e9e5b", List.of(
                new PlanDrawing.Stop(1, "Collège", new PlanDrawing.Point(43.50, -1.47)),
                new PlanDrawing.Stop(2, "ESCM", new PlanDrawing.Point(43.51, -1.46)),
                new PlanDrawing.Stop(3, "CSW", new PlanDrawing.Point(43.505, -1.45))))));

        assertThat(plan.paths()).singleElement().satisfies(path -> assertThat(path.arrows()).hasSize(2));
    }

    private static double[][] points(String polygon) {
        return Arrays.stream(polygon.split(" ")).map(p -> Arrays.stream(p.split(",")).mapToDouble(Double::parseDouble)
                .toArray()).toArray(double[][]::new);
    }
}
