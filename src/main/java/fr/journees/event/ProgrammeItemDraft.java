package fr.journees.event;

import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ProgrammeItemDraft(@NotNull LocalTime start,
                                 LocalTime end,
                                 @NotNull ProgrammeKind kind,
                                 @NotBlank(message = "programme.error.title") @Size(max = 300) String title,
                                 String description,
                                 @Size(max = 300) String locationText,
                                 Long placeId) {
}
