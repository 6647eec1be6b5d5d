package fr.journees.api;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.journees.registration.Answers;
import fr.journees.registration.RegistrationView;
import fr.journees.registration.StructureKind;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A registration. Its holder (the personal link) also gets the token and links; an organiser's key
 * gets neither, so that a leaked key cannot change or cancel anyone's registration.
 */
@Schema(name = "Registration", description = "Une inscription")
public record RegistrationJson(
        long id,
        @Schema(example = "CONFIRMED", allowableValues = {"CONFIRMED", "WAITLISTED", "CANCELLED"}) String status,
        @Schema(description = "Rang en liste d’attente (1 = le prochain) ; absent sinon", example = "3")
        Integer waitlistPosition,
        @Schema(example = "Camille") String firstName,
        @Schema(example = "Etcheverry") String lastName,
        @Schema(example = "camille.etcheverry@exemple.fr") String email,
        String phone, String organisation, String function, String territory,
        Long preferredItineraryId, Long preferredWorkshopId,
        @Schema(description = "Parcours attribué") Choice itinerary,
        @Schema(description = "Atelier attribué") Choice workshop,
        boolean lunch, String dietaryNeeds, String accessibilityNeeds, boolean consentPhotos,
        @Schema(example = "fr") String language,
        @Schema(description = "Version, à renvoyer dans If-Match pour une modification sûre", example = "1")
        int version,
        LocalDateTime createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Jeton du lien personnel")
        String token,
        @JsonInclude(JsonInclude.Include.NON_NULL) Links links,
        @Schema(description = "Type de structure", example = "ASSOCIATION") StructureKind structureKind,
        @Schema(description = "Département (code officiel)", example = "64") String departement,
        @Schema(description = "Réponses aux questions de la journée, par identifiant de question")
        java.util.Map<String, java.util.List<String>> answers) {

    @Schema(name = "AssignedChoice")
    public record Choice(long id, @Schema(example = "Parcours vert") String name) {
    }

    @Schema(name = "RegistrationLinks")
    public record Links(@Schema(example = "https://journees.example/r/Xy7…") String personalPage,
                        @Schema(example = "https://journees.example/r/Xy7…/agenda.ics") String agenda,
                        @Schema(example = "https://journees.example/api/v1/registrations/Xy7…") String self) {
    }

    static RegistrationJson forHolder(RegistrationView r, Answers answers, ApiLinks links) {
        return of(r, answers, r.token(), new Links(links.personalPage(r.token()), links.agenda(r.token()),
                links.registration(r.token())));
    }

    static RegistrationJson forOrganiser(RegistrationView r, Answers answers) {
        return of(r, answers, null, null);
    }

    private static RegistrationJson of(RegistrationView r, Answers answers, String token, Links links) {
        return new RegistrationJson(r.id(), r.status().name(), r.waitlistPosition(), r.firstName(), r.lastName(),
                r.email(), r.phone(), r.organisation(), r.function(), r.territory(), r.preferredItineraryId(),
                r.preferredWorkshopId(),
                r.itineraryId() == null ? null : new Choice(r.itineraryId(), r.itineraryName()),
                r.workshopId() == null ? null : new Choice(r.workshopId(), r.workshopTitle()),
                r.lunch(), r.dietaryNeeds(), r.accessibilityNeeds(), r.consentPhotos(), r.language(), r.version(),
                r.createdAt(), token, links, r.structureKind(), r.departement(), ApiAnswers.json(answers));
    }
}
