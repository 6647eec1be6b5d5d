package fr.journees.security;

import java.util.Set;

import fr.journees.base.validation.MailAddresses;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account as an organiser creates it: the password is generated, never typed. */
public record AccountDraft(@NotBlank @Email(regexp = MailAddresses.DELIVERABLE) @Size(max = 254) String email,
                           @NotBlank @Size(max = 200) String displayName,
                           @NotEmpty Set<@Pattern(regexp = Roles.ORGANISER + "|" + Roles.FACILITATOR) String> roles) {
}
