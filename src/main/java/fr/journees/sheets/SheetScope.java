package fr.journees.sheets;

/** Who a sign-in sheet or a set of badges is for. */
public sealed interface SheetScope {

    record WholeDay() implements SheetScope {
    }

    record Itinerary(long itineraryId) implements SheetScope {
    }

    record Workshop(long workshopId) implements SheetScope {
    }
}
