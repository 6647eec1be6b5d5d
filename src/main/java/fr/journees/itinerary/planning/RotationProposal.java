package fr.journees.itinerary.planning;

import java.util.List;

/** What the planner answers: collision-free orders, or why there are none. */
public sealed interface RotationProposal {

    /** One schedule per group, in the groups' order; walkMetres is 0 when places have no coordinates. */
    record Found(List<ItinerarySchedule> schedules, long walkMetres) implements RotationProposal {
    }

    record Impossible(Reason reason, int places, int groups) implements RotationProposal {
    }

    enum Reason {
        /** There is no place to visit. */
        NO_PLACE,
        /** There is no itinerary to plan. */
        NO_ITINERARY,
        /** More groups leave at the same moment than there are places to start them at. */
        MORE_GROUPS_THAN_PLACES,
        /** The search found no order without collision (durations or departures get in the way). */
        NO_COLLISION_FREE_ORDER
    }
}
