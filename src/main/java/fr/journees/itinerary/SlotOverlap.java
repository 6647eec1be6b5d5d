package fr.journees.itinerary;

import java.time.LocalTime;

/** An itinerary's walk (from its departure to its return) overlapping a programme slot everyone attends. */
public record SlotOverlap(String itinerary, String slot, LocalTime from, LocalTime to) {
}
