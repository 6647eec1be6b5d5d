package fr.journees.itinerary;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** walkMinutesBefore: walking time from the previous stop (or the meeting point); null means the event's default. */
public record StopDraft(@NotNull(message = "stop.error.place") Long placeId,
                        @Size(max = 300) String theme,
                        @Min(1)
                        @Max(600) int durationMinutes,
                        @Min(0)
                        @Max(240) Integer walkMinutesBefore,
                        @NotNull List<Long> speakerIds) {
}
