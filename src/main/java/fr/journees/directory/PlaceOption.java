package fr.journees.directory;

import java.math.BigDecimal;

/** A place as offered in a picker; coordinates are null when unknown. */
public record PlaceOption(long id, String name, String address, BigDecimal latitude, BigDecimal longitude) {
}
