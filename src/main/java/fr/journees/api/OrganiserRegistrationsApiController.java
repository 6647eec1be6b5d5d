package fr.journees.api;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.journees.apiaccess.ApiClient;
import fr.journees.event.EventService;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.Answers;
import fr.journees.registration.DayQuestions;
import fr.journees.registration.ExportLabels;
import fr.journees.registration.RegistrationView;
import fr.journees.registration.RegistrationExport;
import fr.journees.registration.RegistrationFilter;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** An event's registrations for the organisers' own tools, behind an organiser key. */
@RestController
@Tag(name = OpenApiConfiguration.ORGANISERS)
@SecurityRequirement(name = OpenApiConfiguration.KEY_SCHEME)
class OrganiserRegistrationsApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EventService events;
    private final RegistrationService registrations;
    private final AnsweredRegistrations answered;
    private final ApiMessages messages;

    OrganiserRegistrationsApiController(EventService events, RegistrationService registrations,
                                        AnsweredRegistrations answered,
                                        ApiMessages messages) {
        this.events = events;
        this.registrations = registrations;
        this.answered = answered;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/events/{slug}/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lister les inscrits d’une journée",
            description = "Par ordre alphabétique (nom, prénom), quelle que soit l’étape de la journée (brouillon "
                    + "compris). Les filtres se combinent. Les jetons des liens personnels ne sont jamais donnés.")
    @ApiResponse(responseCode = "200", description = "Une page d’inscriptions")
    @ApiResponse(responseCode = "401", description = "Clé absente (key_required), inconnue ou révoquée "
            + "(key_invalid)")
    @ApiResponse(responseCode = "403", description = "La clé est réservée à une autre journée")
    @ApiResponse(responseCode = "404", description = "Aucune journée à cette adresse")
    Paged<RegistrationJson> list(
            @Parameter(example = "visite-bayonne-2024") @PathVariable String slug,
            @Parameter(description = "CONFIRMED, WAITLISTED ou CANCELLED") @RequestParam(required = false)
            RegistrationStatus status,
            @Parameter(description = "Identifiant de parcours attribué") @RequestParam(required = false)
            Long itinerary,
            @Parameter(description = "Identifiant d’atelier attribué") @RequestParam(required = false)
            Long workshop,
            @Parameter(description = "Nom, prénom, adresse e-mail ou structure", example = "Etcheverry")
            @RequestParam(name = "q", required = false) String search,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal ApiClient client) {
        long eventId = readableEvent(slug, client);
        var request = PageRequest.of(page, size);
        var filter = new RegistrationFilter(search, status, itinerary, workshop);
        var rows = registrations.page(eventId, filter, request.offset(), request.size());
        var answers = answered.answersOf(rows.stream().map(RegistrationView::id).toList());
        var items = rows.stream()
                .map(r -> RegistrationJson.forOrganiser(r, answers.getOrDefault(r.id(), Answers.NONE))).toList();
        return Paged.of(items, request, registrations.count(eventId, filter));
    }

    @GetMapping("/api/v1/events/{slug}/registrations.csv")
    @Operation(summary = "Exporter les inscrits en CSV", description = "Le même fichier que l’export de l’écran "
            + "Inscriptions : UTF-8, point-virgule, en-têtes dans la langue demandée.")
    @ApiResponse(responseCode = "200", description = "Le fichier CSV")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @AuthenticationPrincipal ApiClient client,
                               HttpServletRequest http) {
        long eventId = readableEvent(slug, client);
        var all = registrations.all(eventId);
        return file(RegistrationExport.csv(headers(http), all, columns(eventId, all, http)),
                MediaType.parseMediaType("text/csv; charset=UTF-8"), slug + "-inscriptions.csv");
    }

    @GetMapping("/api/v1/events/{slug}/registrations.xlsx")
    @Operation(summary = "Exporter les inscrits en XLSX", description = "Le même classeur que l’export de l’écran "
            + "Inscriptions.")
    @ApiResponse(responseCode = "200", description = "Le classeur")
    ResponseEntity<byte[]> xlsx(@PathVariable String slug, @AuthenticationPrincipal ApiClient client,
                                HttpServletRequest http) {
        long eventId = readableEvent(slug, client);
        var sheet = messages.get("registration.tab", ApiMessages.language(http));
        var all = registrations.all(eventId);
        return file(RegistrationExport.xlsx(sheet, headers(http), all, columns(eventId, all, http)), XLSX,
                slug + "-inscriptions.xlsx");
    }

    private long readableEvent(String slug, ApiClient client) {
        long eventId = events.idBySlug(slug).orElseThrow(ApiProblem::notFound);
        if (!client.mayRead(eventId)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "key_forbidden", "webapi.error.keyForbidden");
        }
        return eventId;
    }

    private DayQuestions.AnswerColumns columns(long eventId, List<RegistrationView> all, HttpServletRequest http) {
        return answered.columns(eventId, ApiMessages.language(http).getLanguage(),
                all.stream().map(RegistrationView::id).toList());
    }

    private ExportLabels headers(HttpServletRequest http) {
        var locale = ApiMessages.language(http);
        return ExportLabels.translated(key -> messages.get(key, locale));
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }
}
