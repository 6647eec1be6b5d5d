package fr.journees.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a list: the items, where it is, and how many there are in all. */
@Schema(description = "Une page de résultats")
public record Paged<T>(List<T> items,
                       @Schema(description = "Numéro de la page, à partir de 0", example = "0") int page,
                       @Schema(description = "Taille de page demandée", example = "20") int size,
                       @Schema(description = "Nombre total d’éléments", example = "42") int totalItems,
                       @Schema(description = "Nombre total de pages", example = "3") int totalPages) {

    static <T> Paged<T> of(List<T> items, PageRequest page, int total) {
        return new Paged<>(items, page.page(), page.size(), total, (total + page.size() - 1) / page.size());
    }
}
