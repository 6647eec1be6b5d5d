package fr.journees.registration;

/**
 * A count of confirmed registrations and of those present (checked in) for one value of a dimension:
 * key is the itinerary or workshop id, the StructureKind name or the département code, null for
 * "not given"; label is the itinerary's name or the workshop's title (null for the other dimensions).
 */
public record Tally(String key, String label, int registered, int present) {
}
