package fr.journees.itinerary;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** guideIds: people guiding the group, in order. */
public record ItineraryDraft(@NotBlank(message = "itinerary.error.name") @Size(max = 100) String name,
                             @NotNull ItineraryColour colour,
                             @PositiveOrZero @Max(100_000) Integer capacity,
                             @NotNull LocalTime departure,
                             @NotNull List<Long> guideIds) {

    // Declared first on purpose: Vaadin's Binder builds a record with the first declared constructor.
    public ItineraryDraft {
    }

    public ItineraryDraft(String name, ItineraryColour colour, Integer capacity, LocalTime departure) {
        this(name, colour, capacity, departure, List.of());
    }
}
