package fr.journees.security;

import java.util.Set;

import fr.journees.base.validation.MailAddresses;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

public record NewAccount(@NotBlank @Email(regexp = MailAddresses.DELIVERABLE) @Size(max = 254) String email,
                         @NotBlank @Size(max = 200) String displayName,
                         @NotEmpty Set<String> roles,
                         boolean mustChangePassword) {
}
