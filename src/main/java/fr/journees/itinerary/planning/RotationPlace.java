package fr.journees.itinerary.planning;

import java.math.BigDecimal;

/** A place every group visits once, with how long a group stays; coordinates may be null. */
public record RotationPlace(long id, String name, int durationMinutes, BigDecimal latitude, BigDecimal longitude) {

    boolean located() {
        return latitude != null && longitude != null;
    }
}
