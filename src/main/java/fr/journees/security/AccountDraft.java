package fr.journees.security;

import java.util.Set;

import fr.journees.base.validation.MailAddresses;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account as an organiser creates it: the password is generated, never typed. */
public record AccountDraft(@NotBlank(message = "account.error.emailRequired") @Email(regexp = MailAddresses.DELIVERABLE) @Size(max = 254) String email,
                           @NotBlank(message = "account.error.nameRequired") @Size(max = 200) String displayName,
                           @NotEmpty(message = "account.error.rolesRequired") Set<@Pattern(regexp = Roles.ORGANISER + "|" + Roles.FACILITATOR) String> roles) {
}
