package fr.journees.directory;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** facts are the place's "Le saviez-vous ?" texts, in order. */
public record PlaceDraft(@NotBlank @Size(max = 300) String name,
                         @Size(max = 100) String shortName,
                         @Size(max = 500) String address,
                         @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                         @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
                         String description,
                         String accessibility,
                         @NotNull List<@NotBlank String> facts) {
}
