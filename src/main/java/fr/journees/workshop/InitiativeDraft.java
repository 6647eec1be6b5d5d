package fr.journees.workshop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** actsOn is the "Agir sur" theme tag. */
public record InitiativeDraft(@NotBlank(message = "initiative.error.titleRequired") @Size(max = 500) String title,
                              Long porteurOrganisationId,
                              @Size(max = 200) String actsOn,
                              @Size(max = 500) String territory,
                              String description) {
}
