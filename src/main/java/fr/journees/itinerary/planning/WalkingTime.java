package fr.journees.itinerary.planning;

import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * The walk between two located places: the straight distance, lengthened by a third for streets and
 * crossings, at 4.5 km/h (75 m a minute) — a group's pace — rounded up to the minute, at least one.
 */
public final class WalkingTime {

    private static final double EARTH_RADIUS_METRES = 6_371_000;
    private static final double DETOUR = 4.0 / 3.0;
    private static final double METRES_A_MINUTE = 75;

    private WalkingTime() {
    }

    /** The straight distance in metres. */
    public static long metres(BigDecimal latitudeA, BigDecimal longitudeA, BigDecimal latitudeB,
                              BigDecimal longitudeB) {
        double lat1 = Math.toRadians(latitudeA.doubleValue());
        double lat2 = Math.toRadians(latitudeB.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(longitudeB.doubleValue() - longitudeA.doubleValue());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(h)));
    }

    /** The minutes to walk from A to B; empty when a coordinate is missing. */
    public static OptionalInt minutes(BigDecimal latitudeA, BigDecimal longitudeA, BigDecimal latitudeB,
                                      BigDecimal longitudeB) {
        if (latitudeA == null || longitudeA == null || latitudeB == null || longitudeB == null) {
            return OptionalInt.empty();
        }
        double walked = metres(latitudeA, longitudeA, latitudeB, longitudeB) * DETOUR;
        return OptionalInt.of(Math.max(1, Math.min(240, (int) Math.ceil(walked / METRES_A_MINUTE))));
    }
}
