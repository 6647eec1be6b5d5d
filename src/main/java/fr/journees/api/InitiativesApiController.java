package fr.journees.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.journees.workshop.InitiativeFilter;
import fr.journees.workshop.InitiativeOrder;
import fr.journees.workshop.InitiativeService;
import fr.journees.workshop.InitiativeView;
import fr.journees.workshop.InitiativesCsv;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** The recueil of initiatives as open data, for funders and networks: JSON pages, or the whole as CSV. */
@RestController
@Tag(name = OpenApiConfiguration.INITIATIVES)
class InitiativesApiController {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");
    private static final List<InitiativeOrder> BY_TITLE =
            List.of(new InitiativeOrder(InitiativeOrder.Column.TITLE, false));
    private static final int BATCH = 500;

    private final InitiativeService initiatives;
    private final ApiMessages messages;

    InitiativesApiController(InitiativeService initiatives, ApiMessages messages) {
        this.initiatives = initiatives;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/initiatives", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Chercher dans le recueil des initiatives",
            description = "Par ordre alphabétique de titre. Les filtres se combinent. Le même résultat, complet et "
                    + "sans pages, existe en CSV : /api/v1/initiatives.csv ou Accept: text/csv.")
    @ApiResponse(responseCode = "200", description = "Une page d’initiatives")
    @ApiResponse(responseCode = "400", description = "Page ou taille hors limites")
    Paged<PublicInitiative> search(
            @Parameter(description = "Thème exact (« agir sur »)", example = "Inclusion numérique")
            @RequestParam(required = false) String theme,
            @Parameter(description = "Territoire (contient)", example = "Bayonne")
            @RequestParam(required = false) String territory,
            @Parameter(description = "Texte cherché dans le titre, la description et le porteur", example = "atelier")
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var request = PageRequest.of(page, size);
        var filter = new InitiativeFilter(text, theme, territory);
        var items = initiatives.page(filter, BY_TITLE, request.offset(), request.size()).stream()
                .map(PublicInitiative::of).toList();
        return Paged.of(items, request, initiatives.count(filter));
    }

    /** The same download for clients that ask for CSV at the JSON address (documented on the JSON operation). */
    @GetMapping(path = "/api/v1/initiatives", produces = "text/csv")
    @Hidden
    ResponseEntity<byte[]> csvByAcceptHeader(@RequestParam(required = false) String theme,
                                             @RequestParam(required = false) String territory,
                                             @RequestParam(name = "q", required = false) String text,
                                             HttpServletRequest http) {
        return csv(theme, territory, text, http);
    }

    @GetMapping(path = "/api/v1/initiatives.csv", produces = "text/csv")
    @Operation(summary = "Télécharger le recueil en CSV",
            description = "Toutes les initiatives qui répondent aux filtres ; CSV RFC 4180 en UTF-8, en-têtes dans "
                    + "la langue demandée (Accept-Language, français par défaut).")
    @ApiResponse(responseCode = "200", description = "Le fichier CSV")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String theme,
                               @RequestParam(required = false) String territory,
                               @RequestParam(name = "q", required = false) String text, HttpServletRequest http) {
        var filter = new InitiativeFilter(text, theme, territory);
        var rows = new ArrayList<InitiativeView>();
        List<InitiativeView> batch;
        do {
            batch = initiatives.page(filter, BY_TITLE, rows.size(), BATCH);
            rows.addAll(batch);
        } while (batch.size() == BATCH);
        var locale = ApiMessages.language(http);
        var headers = InitiativesCsv.COLUMNS.stream().map(c -> messages.get("webapi.initiative.column." + c, locale))
                .toList();
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("initiatives.csv").build().toString())
                .body(InitiativesCsv.export(headers, rows));
    }
}
