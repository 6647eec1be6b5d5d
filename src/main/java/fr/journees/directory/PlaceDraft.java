package fr.journees.directory;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
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
                         @Size(max = 10000) String description,
                         @Size(max = 10000) String accessibility,
                         @NotNull List<@NotBlank @Size(max = 2000) String> facts) {

    /** A place is located by both coordinates or not at all. */
    @AssertTrue(message = "latitude and longitude go together")
    public boolean isLocatedByBothCoordinatesOrNone() {
        return (latitude == null) == (longitude == null);
    }
}
