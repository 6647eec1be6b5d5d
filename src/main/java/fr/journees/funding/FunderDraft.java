package fr.journees.funding;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One funder line as the organiser types it: who pays (a partner's name, optionally the organisation
 * of the directory), under which programme line, how much. typedRate is the rate written in the
 * funding agreement, if any: it is only compared with the rate the amounts give, never used.
 */
public record FunderDraft(@NotNull FunderCategory category,
                          @NotBlank @Size(max = 300) String name,
                          Long organisationId,
                          @Size(max = 300) String programmeLabel,
                          @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                          @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
                          BigDecimal typedRate) {
}
