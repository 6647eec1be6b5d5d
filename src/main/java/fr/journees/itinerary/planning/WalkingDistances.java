package fr.journees.itinerary.planning;

import java.util.Arrays;
import java.util.List;

/** Distances between places, and the shortest round through them when coordinates are known. */
final class WalkingDistances {

    private static final int EXACT_SEARCH_LIMIT = 9;

    private final long[][] metres;
    private final boolean known;
    private int groups = 1;

    WalkingDistances(List<RotationPlace> places) {
        int n = places.size();
        metres = new long[n][n];
        known = places.stream().allMatch(RotationPlace::located);
        if (known) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    metres[i][j] = haversine(places.get(i), places.get(j));
                }
            }
        }
    }

    boolean known() {
        return known;
    }

    long between(int from, int to) {
        return metres[from][to];
    }

    long pathLength(int[] path) {
        long total = 0;
        for (int i = 1; i < path.length; i++) {
            total += metres[path[i - 1]][path[i]];
        }
        return total;
    }

    /**
     * Place indexes in the order of the round that makes the groups walk least (exact for few places,
     * 2-opt beyond). Each group walks the round minus one leg, so the cost of a round for g groups is
     * g times its length less its g longest legs.
     */
    int[] bestRound(int n, int groups) {
        this.groups = Math.max(1, Math.min(groups, n));
        var identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        if (!known || n < 4) {
            return identity;
        }
        return n <= EXACT_SEARCH_LIMIT ? exact(identity) : twoOpt(identity);
    }

    private int[] exact(int[] start) {
        var best = start.clone();
        var bestLength = new long[] {cost(best)};
        permute(start, 1, best, bestLength);
        return best;
    }

    private void permute(int[] order, int k, int[] best, long[] bestLength) {
        if (k == order.length) {
            long length = cost(order);
            if (length < bestLength[0]) {
                bestLength[0] = length;
                System.arraycopy(order, 0, best, 0, order.length);
            }
            return;
        }
        for (int i = k; i < order.length; i++) {
            swap(order, k, i);
            permute(order, k + 1, best, bestLength);
            swap(order, k, i);
        }
    }

    private int[] twoOpt(int[] start) {
        var order = start.clone();
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 1; i < order.length - 1; i++) {
                for (int j = i + 1; j < order.length; j++) {
                    var candidate = reversed(order, i, j);
                    if (cost(candidate) < cost(order)) {
                        order = candidate;
                        improved = true;
                    }
                }
            }
        }
        return order;
    }

    private long cost(int[] order) {
        var legs = new long[order.length];
        long round = 0;
        for (int i = 0; i < order.length; i++) {
            legs[i] = metres[order[i]][order[(i + 1) % order.length]];
            round += legs[i];
        }
        Arrays.sort(legs);
        long dropped = 0;
        for (int i = 0; i < groups; i++) {
            dropped += legs[legs.length - 1 - i];
        }
        return groups * round - dropped;
    }

    private static int[] reversed(int[] order, int from, int to) {
        var copy = order.clone();
        for (int a = from, b = to; a < b; a++, b--) {
            swap(copy, a, b);
        }
        return copy;
    }

    private static void swap(int[] array, int a, int b) {
        int t = array[a];
        array[a] = array[b];
        array[b] = t;
    }

    private static long haversine(RotationPlace a, RotationPlace b) {
        return WalkingTime.metres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}
