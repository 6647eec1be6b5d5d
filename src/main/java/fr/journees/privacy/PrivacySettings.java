package fr.journees.privacy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What organisers set of a day's privacy notice: the contact for the participants' rights (an address,
 * an e-mail, a name) and the retention period in months after the day (null: the installation's default).
 */
public record PrivacySettings(@Size(max = 300) String contact, @Min(1) @Max(120) Integer retentionMonths,
                              int version) {
}
