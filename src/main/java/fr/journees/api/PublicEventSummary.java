package fr.journees.api;

import java.time.LocalDate;
import java.time.LocalTime;

import fr.journees.event.EventSummary;
import io.swagger.v3.oas.annotations.media.Schema;

/** A published day in the list of days. */
@Schema(name = "EventSummary", description = "Une journée publiée, telle qu’elle apparaît dans la liste")
public record PublicEventSummary(
        @Schema(example = "visite-bayonne-2024") String slug,
        @Schema(example = "Visite apprenante du quartier Saint-Esprit") String title,
        @Schema(example = "Journée d’étude PQN-A") String subtitle,
        @Schema(example = "2024-10-03") LocalDate date,
        @Schema(type = "string", example = "09:00:00") LocalTime start,
        @Schema(type = "string", example = "17:00:00") LocalTime end,
        @Schema(example = "Maison de quartier Saint-Esprit") String venue,
        Links links) {

    @Schema(name = "EventSummaryLinks")
    public record Links(@Schema(example = "https://journees.example/api/v1/events/visite-bayonne-2024") String self,
                        @Schema(example = "https://journees.example/e/visite-bayonne-2024") String page,
                        @Schema(example = "https://journees.example/e/visite-bayonne-2024/programme.ics")
                        String programme) {
    }

    static PublicEventSummary of(EventSummary event, ApiLinks links) {
        return new PublicEventSummary(event.slug(), event.title(), event.subtitle(), event.date(), event.start(),
                event.end(), event.venueName(),
                new Links(links.event(event.slug()), links.eventPage(event.slug()), links.programme(event.slug())));
    }
}
