package fr.journees.workshop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record WorkshopDraft(@NotBlank(message = "workshop.error.titleRequired") @Size(max = 300) String title,
                            String guidingQuestions,
                            String objectives,
                            @Size(max = 200) String room,
                            @PositiveOrZero @Max(100_000) Integer capacity) {
}
