package fr.journees.api;

import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.StructureKind;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a participant may change with their personal link: every field but the e-mail (which identifies
 * them) and the data consent. A field left out keeps its value; an empty text clears an optional one.
 */
@Schema(name = "RegistrationChange", description = "Les champs à changer ; un champ absent garde sa valeur")
public record RegistrationChange(
        @Schema(example = "Camille") String firstName,
        @Schema(example = "Etcheverry") String lastName,
        String phone, String organisation, String function, String territory,
        @Schema(description = "Nouveau parcours souhaité", example = "4") Long preferredItineraryId,
        @Schema(description = "Nouvel atelier souhaité", example = "1") Long preferredWorkshopId,
        Boolean lunch,
        @Schema(example = "Sans gluten") String dietaryNeeds,
        String accessibilityNeeds,
        Boolean consentPhotos,
        @Schema(description = "Nouveau type de structure", example = "LOCAL_AUTHORITY")
        StructureKind structureKind,
        @Schema(description = "Nouveau département (code officiel) ; vide pour l’effacer", example = "33")
        String departement,
        @Schema(description = ApiAnswers.DESCRIPTION + " Présentes, elles remplacent toutes les réponses "
                + "précédentes ; absentes, elles restent. Elles ne changent plus une fois les inscriptions closes.")
        java.util.Map<String, Object> answers) {

    RegistrationRequest applyTo(RegistrationRequest current) {
        return new RegistrationRequest(
                firstName == null ? current.firstName() : firstName.strip(),
                lastName == null ? current.lastName() : lastName.strip(),
                current.email(),
                pick(phone, current.phone()), pick(organisation, current.organisation()),
                pick(function, current.function()), pick(territory, current.territory()),
                preferredItineraryId == null ? current.preferredItineraryId() : preferredItineraryId,
                preferredWorkshopId == null ? current.preferredWorkshopId() : preferredWorkshopId,
                lunch == null ? current.lunch() : lunch,
                pick(dietaryNeeds, current.dietaryNeeds()), pick(accessibilityNeeds, current.accessibilityNeeds()),
                true, consentPhotos == null ? current.consentPhotos() : consentPhotos, current.language(),
                structureKind == null ? current.structureKind() : structureKind,
                pick(departement, current.departement()));
    }

    private static String pick(String given, String current) {
        return given == null ? current : RegistrationInput.optional(given);
    }
}
