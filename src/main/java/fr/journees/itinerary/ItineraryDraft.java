package fr.journees.itinerary;

import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record ItineraryDraft(@NotBlank @Size(max = 100) String name,
                             @NotNull ItineraryColour colour,
                             @PositiveOrZero Integer capacity,
                             @NotNull LocalTime departure) {
}
