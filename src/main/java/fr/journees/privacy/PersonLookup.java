package fr.journees.privacy;

import fr.journees.base.validation.MailAddresses;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address an organiser looks for: one exact e-mail (case and spaces aside), never a part of one. */
public record PersonLookup(@NotBlank @Email(regexp = MailAddresses.DELIVERABLE) @Size(max = 254) String email) {
}
