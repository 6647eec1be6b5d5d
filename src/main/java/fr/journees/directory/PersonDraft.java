package fr.journees.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PersonDraft(@NotBlank @Size(max = 200) String fullName,
                          @Size(max = 500) String functionLine,
                          Long organisationId) {
}
