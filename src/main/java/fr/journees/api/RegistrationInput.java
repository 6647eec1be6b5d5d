package fr.journees.api;

import java.util.Locale;

import fr.journees.registration.Departement;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.StructureKind;
import io.swagger.v3.oas.annotations.media.Schema;

/** The public form's fields, as JSON. Rules are those of {@link RegistrationRequest}, checked once. */
@Schema(name = "RegistrationInput", description = "Les champs du formulaire d’inscription public")
public record RegistrationInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100, example = "Camille") String firstName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100, example = "Etcheverry") String lastName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 254, example = "camille.etcheverry@exemple.fr")
        String email,
        @Schema(maxLength = 40, example = "06 12 34 56 78") String phone,
        @Schema(maxLength = 300, example = "Centre social Saint-Esprit") String organisation,
        @Schema(maxLength = 300, example = "Médiatrice numérique") String function,
        @Schema(maxLength = 300, example = "Bayonne") String territory,
        @Schema(description = "Parcours souhaité (identifiant donné par GET /api/v1/events/{slug})", example = "3")
        Long preferredItineraryId,
        @Schema(description = "Atelier souhaité", example = "2") Long preferredWorkshopId,
        @Schema(description = "Déjeune sur place", example = "true") Boolean lunch,
        @Schema(maxLength = 1000, example = "Végétarien") String dietaryNeeds,
        @Schema(maxLength = 1000, example = "Fauteuil roulant : parcours sans marches") String accessibilityNeeds,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Accord pour le traitement des données de l’inscription ; doit valoir true",
                example = "true") Boolean consentData,
        @Schema(description = "Accord pour apparaître sur les photos", example = "false") Boolean consentPhotos,
        @Schema(description = "Langue des courriels : fr ou en ; par défaut celle de Accept-Language",
                example = "fr") String language,
        @Schema(description = "Type de structure, pour le bilan de la journée", example = "ASSOCIATION")
        StructureKind structureKind,
        @Schema(description = "Département (code officiel : 01…95, 2A, 2B, 971…976)", example = "64",
                pattern = Departement.CODE_PATTERN) String departement,
        @Schema(description = ApiAnswers.DESCRIPTION, example = "{\"12\": \"yes\", \"13\": [\"Élu·e\"]}")
        java.util.Map<String, Object> answers) {

    RegistrationRequest toRequest(Locale clientLanguage) {
        return new RegistrationRequest(required(firstName), required(lastName), required(email), optional(phone),
                optional(organisation), optional(function), optional(territory), preferredItineraryId,
                preferredWorkshopId, Boolean.TRUE.equals(lunch), optional(dietaryNeeds),
                optional(accessibilityNeeds), Boolean.TRUE.equals(consentData), Boolean.TRUE.equals(consentPhotos),
                language == null ? clientLanguage.getLanguage() : language.strip(), structureKind,
                optional(departement));
    }

    static String required(String text) {
        return text == null ? null : text.strip();
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
