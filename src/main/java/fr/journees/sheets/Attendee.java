package fr.journees.sheets;

/** A confirmed participant as sheets and badges print them; colour is the itinerary's hex value or null. */
public record Attendee(long id, String firstName, String lastName, String organisation, String token,
                       String itinerary, String colour, String workshop) {
}
