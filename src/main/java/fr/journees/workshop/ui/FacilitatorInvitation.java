package fr.journees.workshop.ui;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A facilitator invited from a workshop: an account with the FACILITATOR role and a one-time password. */
public record FacilitatorInvitation(@NotBlank(message = "workshop.invite.error.emailRequired") @Email @Size(max = 254) String email,
                                    @NotBlank(message = "workshop.invite.error.nameRequired") @Size(max = 200) String displayName) {
}
