package fr.journees.registration;

import jakarta.validation.constraints.AssertTrue;
import fr.journees.base.validation.MailAddresses;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.journees.base.EmailAddresses;

/**
 * What a participant (or an organiser for them) fills in; language is "fr" or "en". structureKind and
 * departement (an official code such as "64" or "2A") are what the funders' report counts.
 */
public record RegistrationRequest(@NotBlank @Size(max = 100) String firstName,
                                  @NotBlank @Size(max = 100) String lastName,
                                  @NotBlank @Email(regexp = MailAddresses.DELIVERABLE) @Size(max = 254) String email,
                                  @Size(max = 40) String phone,
                                  @Size(max = 300) String organisation,
                                  @Size(max = 300) String function,
                                  @Size(max = 300) String territory,
                                  Long preferredItineraryId,
                                  Long preferredWorkshopId,
                                  boolean lunch,
                                  @Size(max = 1000) String dietaryNeeds,
                                  @Size(max = 1000) String accessibilityNeeds,
                                  @AssertTrue(message = "registration.error.consent") boolean consentData,
                                  boolean consentPhotos,
                                  @Pattern(regexp = "fr|en") String language,
                                  StructureKind structureKind,
                                  @Pattern(regexp = Departement.CODE_PATTERN) String departement) {

    /** The e-mail as stored and compared: trimmed, lower case, so that one person registers once. */
    public String normalisedEmail() {
        return EmailAddresses.normalise(email);
    }

    public RegistrationRequest withPreferences(Long itineraryId, Long workshopId) {
        return new RegistrationRequest(firstName, lastName, email, phone, organisation, function, territory,
                itineraryId, workshopId, lunch, dietaryNeeds, accessibilityNeeds, consentData, consentPhotos,
                language, structureKind, departement);
    }
}
