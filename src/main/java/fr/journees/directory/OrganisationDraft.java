package fr.journees.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record OrganisationDraft(@NotBlank @Size(max = 300) String name,
                                @NotNull OrganisationKind kind,
                                @Size(max = 300) String territory,
                                @Size(max = 500) String contact,
                                @Email @Size(max = 254) String email,
                                @Size(max = 40) String phone,
                                @Size(max = 500) String address,
                                @Size(max = 300) String website,
                                @Size(max = 10000) String description) {
}
