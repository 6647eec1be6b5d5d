package fr.journees.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record EventDraft(@NotBlank @Size(max = 100)
                         @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "event.error.slugFormat") String slug,
                         @NotBlank(message = "event.error.title") @Size(max = 300) String title,
                         @Size(max = 300) String subtitle,
                         @Size(max = 300) String theme,
                         @NotNull LocalDate date,
                         @NotNull LocalTime start,
                         @NotNull LocalTime end,
                         Long venuePlaceId,
                         @NotNull EventStatus status,
                         LocalDateTime registrationOpensAt,
                         LocalDateTime registrationClosesAt,
                         @PositiveOrZero @Max(100_000) Integer capacity,
                         boolean lunchOffered,
                         @Min(0) @Max(240) int defaultWalkMinutes) {
}
