package fr.journees.itinerary.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds every moment two itineraries of one event would be at the same place. */
public final class CollisionDetector {

    private CollisionDetector() {
    }

    public static List<Collision> detect(List<ItinerarySchedule> schedules) {
        var collisions = new ArrayList<Collision>();
        for (int a = 0; a < schedules.size(); a++) {
            for (int b = a + 1; b < schedules.size(); b++) {
                collide(schedules.get(a), schedules.get(b), collisions);
            }
        }
        collisions.sort(Comparator.comparing(Collision::from).thenComparing(Collision::placeName));
        return collisions;
    }

    public static boolean isCollisionFree(List<ItinerarySchedule> schedules) {
        for (int a = 0; a < schedules.size(); a++) {
            for (int b = a + 1; b < schedules.size(); b++) {
                if (firstOverlap(schedules.get(a), schedules.get(b))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void collide(ItinerarySchedule first, ItinerarySchedule second, List<Collision> into) {
        for (var x : first.stops()) {
            for (var y : second.stops()) {
                if (x.placeId() == y.placeId() && x.overlaps(y)) {
                    var from = x.arrival().isAfter(y.arrival()) ? x.arrival() : y.arrival();
                    var to = x.departure().isBefore(y.departure()) ? x.departure() : y.departure();
                    into.add(new Collision(x.placeId(), x.placeName(), first.name(), second.name(), from, to));
                }
            }
        }
    }

    private static boolean firstOverlap(ItinerarySchedule first, ItinerarySchedule second) {
        for (var x : first.stops()) {
            for (var y : second.stops()) {
                if (x.placeId() == y.placeId() && x.overlaps(y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
