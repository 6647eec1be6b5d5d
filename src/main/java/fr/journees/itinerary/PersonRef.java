package fr.journees.itinerary;

/** A speaker or a guide, as shown next to a stop or an itinerary. */
public record PersonRef(long id, String fullName) {
}
