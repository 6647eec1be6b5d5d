package fr.journees.apiaccess;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an organiser fills in to create an API key; eventId null: the key reads every event. */
public record ApiKeyDraft(@NotBlank(message = "api.key.name.required") @Size(max = 100) String name, Long eventId) {
}
