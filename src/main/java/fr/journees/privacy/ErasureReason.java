package fr.journees.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an organiser erases a person: mandatory, kept in the log (the CHECK of privacy_log says the same). */
public record ErasureReason(@NotBlank @Size(max = 500) String reason) {
}
