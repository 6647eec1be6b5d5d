package fr.journees.funding;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** What the project holder pays itself ("autofinancement"); typedRate as in {@link FunderDraft}. */
public record SelfFinancingDraft(@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                                 @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
                                 BigDecimal typedRate) {
}
