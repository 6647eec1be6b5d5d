package fr.journees.livret;

import java.util.List;

/**
 * The plan of the itineraries as SVG primitives, in a width × height box: a coloured path per
 * itinerary with arrows in the walking direction, a numbered marker per place. drawable is false when no place has coordinates.
 */
public record Plan(int width, int height, List<Path> paths, List<Marker> markers, List<Route> routes,
                   List<Legend> legend) {

    public boolean drawable() {
        return !markers.isEmpty();
    }

    /** arrows: one triangle (SVG polygon points) per leg, pointing towards the next stop. */
    public record Path(String colour, String points, List<String> arrows) {
    }

    public record Marker(int number, double x, double y) {
    }

    /** An itinerary: its name, colour and stops in order (numbers and names). */
    public record Route(String name, String colour, List<Legend> stops) {
    }

    public record Legend(int number, String place) {
    }
}
