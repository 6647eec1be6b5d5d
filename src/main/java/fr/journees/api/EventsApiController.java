package fr.journees.api;

import java.time.LocalDateTime;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.journees.event.EventService;
import fr.journees.itinerary.ItineraryService;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationWindow;
import fr.journees.workshop.WorkshopService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Published days, for an organiser's own website or a regional agenda. */
@RestController
@RequestMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = OpenApiConfiguration.EVENTS)
class EventsApiController {

    private final EventService events;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;
    private final RegistrationService registrations;
    private final ApiLinks links;
    private final fr.journees.registration.AnsweredRegistrations answered;

    EventsApiController(EventService events, ItineraryService itineraries,
                        WorkshopService workshops, RegistrationService registrations, ApiLinks links,
                        fr.journees.registration.AnsweredRegistrations answered) {
        this.events = events;
        this.itineraries = itineraries;
        this.workshops = workshops;
        this.registrations = registrations;
        this.links = links;
        this.answered = answered;
    }

    @GetMapping
    @Operation(summary = "Lister les journées publiées",
            description = "Les journées à venir d’abord (la plus proche en tête), puis les journées passées "
                    + "(la plus récente en tête).")
    @ApiResponse(responseCode = "200", description = "Une page de journées")
    @ApiResponse(responseCode = "400", description = "Page ou taille hors limites (taille de 1 à 100)")
    @ApiResponse(responseCode = "429", description = "Trop de requêtes : réessayer après Retry-After secondes")
    Paged<PublicEventSummary> list(
            @Parameter(description = "Numéro de page, à partir de 0", example = "0")
            @RequestParam(required = false) Integer page,
            @Parameter(description = "Taille de page, de 1 à 100", example = "20")
            @RequestParam(required = false) Integer size) {
        var request = PageRequest.of(page, size);
        var items = events.published(request.offset(), request.size()).stream()
                .map(e -> PublicEventSummary.of(e, links)).toList();
        return Paged.of(items, request, events.countPublished());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "Lire une journée publiée",
            description = "Le programme, les parcours avec les horaires calculés de chaque arrêt, les ateliers, "
                    + "et les places restantes de la journée, de chaque parcours et de chaque atelier.")
    @ApiResponse(responseCode = "200", description = "La journée")
    @ApiResponse(responseCode = "404", description = "Aucune journée publiée à cette adresse")
    PublicEvent get(@Parameter(example = "visite-bayonne-2024") @PathVariable String slug,
                    jakarta.servlet.http.HttpServletRequest http) {
        var event = events.publishedBySlug(slug).orElseThrow(ApiProblem::notFound);
        var programme = events.programme(event.id());
        var plan = itineraries.forEvent(event.id());
        return PublicEvent.of(event, RegistrationWindow.isOpen(event, LocalDateTime.now()),
                registrations.fillRates(event.id()), programme, plan,
                ItineraryService.plan(event.start(), event.end(), event.defaultWalkMinutes(), plan, programme),
                workshops.forEvent(event.id()), links,
                answered.asked(event.id(), ApiMessages.language(http).getLanguage()));
    }
}
