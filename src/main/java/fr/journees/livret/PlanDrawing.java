package fr.journees.livret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the plan from the places' coordinates alone (no map tiles: it must print offline): an
 * equirectangular projection, corrected for the latitude, fitted in the box with a margin. Paths of
 * itineraries that share streets are shifted a little apart so that each colour stays visible.
 */
public final class PlanDrawing {

    public record Point(double latitude, double longitude) {
    }

    public record Stop(long placeId, String place, Point point) {
    }

    public record Itinerary(String name, String colour, List<Stop> stops) {
    }

    static final int WIDTH = 520;
    static final int HEIGHT = 400;
    private static final double MARGIN = 28;
    private static final double SHIFT = 3.5;
    private static final double ARROW_AT = 0.42;
    private static final double ARROW_LENGTH = 17;
    private static final double ARROW_HALF_WIDTH = 8;
    private static final double MIN_LEG_FOR_ARROW = 40;

    private PlanDrawing() {
    }

    /** Numbers places in the order itineraries first visit them. */
    public static Map<Long, Integer> numbers(List<Itinerary> itineraries) {
        var numbers = new LinkedHashMap<Long, Integer>();
        itineraries.forEach(i -> i.stops().forEach(s -> numbers.putIfAbsent(s.placeId(), numbers.size() + 1)));
        return numbers;
    }

    public static Plan draw(List<Itinerary> itineraries) {
        var numbers = numbers(itineraries);
        var located = new LinkedHashMap<Long, Point>();
        var names = new LinkedHashMap<Long, String>();
        itineraries.forEach(i -> i.stops().forEach(s -> {
            names.putIfAbsent(s.placeId(), s.place());
            if (s.point() != null) {
                located.putIfAbsent(s.placeId(), s.point());
            }
        }));
        var legend = numbers.entrySet().stream()
                .map(e -> new Plan.Legend(e.getValue(), names.get(e.getKey()))).toList();
        var routes = itineraries.stream().map(i -> new Plan.Route(i.name(), i.colour(), i.stops().stream()
                .map(s -> new Plan.Legend(numbers.get(s.placeId()), s.place())).toList())).toList();
        if (located.isEmpty()) {
            return new Plan(WIDTH, HEIGHT, List.of(), List.of(), routes, legend);
        }
        double meanLatitude = located.values().stream().mapToDouble(Point::latitude).average().orElse(0);
        double cos = Math.cos(Math.toRadians(meanLatitude));
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (var p : located.values()) {
            double x = p.longitude() * cos, y = -p.latitude();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double spanX = Math.max(maxX - minX, 1e-9), spanY = Math.max(maxY - minY, 1e-9);
        double scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
        double offsetX = (WIDTH - spanX * scale) / 2, offsetY = (HEIGHT - spanY * scale) / 2;
        var projected = new LinkedHashMap<Long, double[]>();
        for (var e : located.entrySet()) {
            var p = e.getValue();
            projected.put(e.getKey(), new double[] {offsetX + (p.longitude() * cos - minX) * scale,
                    offsetY + (-p.latitude() - minY) * scale});
        }
        var paths = new ArrayList<Plan.Path>();
        for (int i = 0; i < itineraries.size(); i++) {
            double shift = (i - (itineraries.size() - 1) / 2.0) * SHIFT;
            var points = new ArrayList<double[]>();
            for (var stop : itineraries.get(i).stops()) {
                var xy = projected.get(stop.placeId());
                if (xy != null) {
                    points.add(new double[] {xy[0] + shift, xy[1] + shift});
                }
            }
            if (!points.isEmpty()) {
                paths.add(new Plan.Path(itineraries.get(i).colour(), String.join(" ", points.stream()
                        .map(PlanDrawing::format).toList()), arrows(points)));
            }
        }
        var markers = projected.entrySet().stream()
                .map(e -> new Plan.Marker(numbers.get(e.getKey()), round(e.getValue()[0]), round(e.getValue()[1])))
                .toList();
        return new Plan(WIDTH, HEIGHT, paths, markers, routes, legend);
    }

    /**
     * An arrowhead on each leg, pointing the way the group walks. It sits before the middle of the leg,
     * so that two itineraries walking the same street in opposite directions show two distinct arrows.
     */
    static List<String> arrows(List<double[]> points) {
        var arrows = new ArrayList<String>();
        for (int k = 1; k < points.size(); k++) {
            var from = points.get(k - 1);
            var to = points.get(k);
            double dx = to[0] - from[0], dy = to[1] - from[1];
            double length = Math.hypot(dx, dy);
            if (length < MIN_LEG_FOR_ARROW) {
                continue;
            }
            double ux = dx / length, uy = dy / length;
            double tipX = from[0] + dx * ARROW_AT + ux * ARROW_LENGTH / 2, tipY = from[1] + dy * ARROW_AT + uy * ARROW_LENGTH / 2;
            double baseX = tipX - ux * ARROW_LENGTH, baseY = tipY - uy * ARROW_LENGTH;
            arrows.add(format(new double[] {tipX, tipY}) + " "
                    + format(new double[] {baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH}) + " "
                    + format(new double[] {baseX + uy * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH}));
        }
        return arrows;
    }

    private static String format(double[] xy) {
        return String.format(Locale.ROOT, "%.1f,%.1f", xy[0], xy[1]);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
