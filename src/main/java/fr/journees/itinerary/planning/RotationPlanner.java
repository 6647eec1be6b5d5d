package fr.journees.itinerary.planning;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Proposes, for N groups and P places, an order of the places for each group so that every group
 * visits every place once and no place ever hosts two groups at once.
 *
 * <p>The places are laid on a round (the shortest walk when coordinates are known); each group
 * follows the round from its own starting place, forwards or backwards. With equal stays this is a
 * Latin square and the evenly spread starts are collision-free at once; with unequal stays or
 * staggered departures a bounded backtracking search tries other starts and directions, checking
 * the real computed times.
 */
public final class RotationPlanner {

    static final int SEARCH_BUDGET = 200_000;

    private RotationPlanner() {
    }

    public static RotationProposal propose(List<RotationPlace> places, List<RotationGroup> groups,
                                           int walkMinutes) {
        if (places.isEmpty()) {
            return new RotationProposal.Impossible(RotationProposal.Reason.NO_PLACE, 0, groups.size());
        }
        if (groups.isEmpty()) {
            return new RotationProposal.Impossible(RotationProposal.Reason.NO_ITINERARY, places.size(), 0);
        }
        if (largestSimultaneousDeparture(groups) > places.size()) {
            return new RotationProposal.Impossible(RotationProposal.Reason.MORE_GROUPS_THAN_PLACES, places.size(),
                    groups.size());
        }
        var search = new Search(places, groups, walkMinutes);
        var found = search.run();
        if (found == null) {
            return new RotationProposal.Impossible(RotationProposal.Reason.NO_COLLISION_FREE_ORDER, places.size(),
                    groups.size());
        }
        return new RotationProposal.Found(Arrays.asList(found), search.walkMetres());
    }

    private static long largestSimultaneousDeparture(List<RotationGroup> groups) {
        Map<LocalTime, Long> byDeparture = groups.stream()
                .collect(Collectors.groupingBy(RotationGroup::departure, Collectors.counting()));
        return byDeparture.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** A group's way round: where on the round it starts, and which way it walks. */
    private record Route(int[] path, long metres) {
    }

    private static final class Search {

        private final List<RotationPlace> places;
        private final List<RotationGroup> groups;
        private final int walkMinutes;
        private final WalkingDistances distances;
        private final List<List<Route>> candidates = new ArrayList<>();
        private final ItinerarySchedule[] chosen;
        private final long[] chosenMetres;
        private int budget = SEARCH_BUDGET;

        Search(List<RotationPlace> places, List<RotationGroup> groups, int walkMinutes) {
            this.places = places;
            this.groups = groups;
            this.walkMinutes = walkMinutes;
            this.distances = new WalkingDistances(places);
            this.chosen = new ItinerarySchedule[groups.size()];
            this.chosenMetres = new long[groups.size()];
            var round = distances.bestRound(places.size(), groups.size());
            for (int g = 0; g < groups.size(); g++) {
                candidates.add(routesFor(round, g));
            }
        }

        ItinerarySchedule[] run() {
            return assign(0) ? chosen : null;
        }

        long walkMetres() {
            return Arrays.stream(chosenMetres).sum();
        }

        private boolean assign(int g) {
            if (g == groups.size()) {
                return true;
            }
            for (var route : candidates.get(g)) {
                if (--budget < 0) {
                    return false;
                }
                var schedule = schedule(groups.get(g), route);
                if (clearOfEarlierGroups(schedule, g)) {
                    chosen[g] = schedule;
                    chosenMetres[g] = route.metres();
                    if (assign(g + 1)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean clearOfEarlierGroups(ItinerarySchedule schedule, int g) {
            for (int earlier = 0; earlier < g; earlier++) {
                if (!CollisionDetector.isCollisionFree(List.of(chosen[earlier], schedule))) {
                    return false;
                }
            }
            return true;
        }

        /** Shortest routes first when distances are known; otherwise forwards from the evenly spread place first. */
        private List<Route> routesFor(int[] round, int g) {
            int p = round.length;
            int spread = (int) ((long) g * p / groups.size());
            var routes = new ArrayList<Route>(2 * p);
            for (int direction : new int[] {1, -1}) {
                for (int shift = 0; shift < p; shift++) {
                    int start = (spread + shift) % p;
                    var path = new int[p];
                    for (int i = 0; i < p; i++) {
                        path[i] = round[Math.floorMod(start + direction * i, p)];
                    }
                    routes.add(new Route(path, distances.pathLength(path)));
                }
            }
            if (distances.known()) {
                routes.sort(Comparator.comparingLong(Route::metres));
            }
            return routes;
        }

        private ItinerarySchedule schedule(RotationGroup group, Route route) {
            var stops = Arrays.stream(route.path()).mapToObj(places::get)
                    .map(place -> new PlannedStop(place.id(), place.name(), place.durationMinutes(), null))
                    .toList();
            return ScheduleCalculator.schedule(group.itineraryId(), group.name(), group.departure(), walkMinutes,
                    stops);
        }
    }

}
