package fr.journees.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** authorLine is the signature printed under the title, e.g. "par Arnaud Léchit, chargé de mission…". */
public record EventTextDraft(@NotNull TextSection section,
                             @NotBlank(message = "text.error.title") @Size(max = 300) String title,
                             @Size(max = 500) String authorLine,
                             @NotBlank(message = "text.error.body") String body) {
}
