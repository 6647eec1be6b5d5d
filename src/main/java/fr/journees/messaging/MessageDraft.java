package fr.journees.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the organiser writes: a subject and a body, both with placeholders ({@link Placeholders}). */
public record MessageDraft(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 20000) String body) {
}
