package fr.journees.api;

import fr.journees.workshop.InitiativeView;
import io.swagger.v3.oas.annotations.media.Schema;

/** An initiative of the recueil, as open data. */
@Schema(name = "Initiative", description = "Une initiative du recueil")
public record PublicInitiative(
        long id,
        @Schema(example = "Les Ateliers numériques du quartier") String title,
        @Schema(description = "Organisation porteuse", example = "Centre social Saint-Esprit") String porteur,
        @Schema(description = "Thème (« agir sur »)", example = "Inclusion numérique") String theme,
        @Schema(example = "Bayonne") String territory,
        @Schema(example = "Permanences d’accompagnement aux démarches en ligne, deux fois par semaine.")
        String description) {

    static PublicInitiative of(InitiativeView initiative) {
        return new PublicInitiative(initiative.id(), initiative.title(), initiative.porteur(), initiative.actsOn(),
                initiative.territory(), initiative.description());
    }
}
