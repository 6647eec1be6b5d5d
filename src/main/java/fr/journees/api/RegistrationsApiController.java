package fr.journees.api;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import fr.journees.event.EventService;
import java.time.LocalDateTime;

import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.Answers;
import fr.journees.registration.DayChoices;
import fr.journees.registration.RegistrationWindow;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationView;
import fr.journees.registration.SubmissionLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Registering from another website, and the personal link's powers (see, change, cancel) as JSON.
 * Everything goes through {@link RegistrationService}, exactly as the public form and the personal page do.
 */
@RestController
@Tag(name = OpenApiConfiguration.REGISTRATIONS)
class RegistrationsApiController {

    private static final String EXAMPLE = """
            {
              "firstName": "Camille",
              "lastName": "Etcheverry",
              "email": "camille.etcheverry@exemple.fr",
              "organisation": "Centre social Saint-Esprit",
              "function": "Médiatrice numérique",
              "territory": "Bayonne",
              "preferredItineraryId": 3,
              "lunch": true,
              "dietaryNeeds": "Végétarien",
              "consentData": true,
              "consentPhotos": false,
              "language": "fr"
            }""";

    private final EventService events;
    private final RegistrationService registrations;
    private final AnsweredRegistrations answered;
    private final RegistrationChecks checks;
    private final SubmissionLimiter limiter;
    private final ApiLinks links;

    RegistrationsApiController(EventService events, RegistrationService registrations,
                               AnsweredRegistrations answered, RegistrationChecks checks, SubmissionLimiter limiter,
                               ApiLinks links) {
        this.events = events;
        this.registrations = registrations;
        this.answered = answered;
        this.checks = checks;
        this.limiter = limiter;
        this.links = links;
    }

    @PostMapping(path = "/api/v1/events/{slug}/registrations",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "S’inscrire à une journée",
            description = "Mêmes champs, mêmes règles, mêmes places et liste d’attente, mêmes courriels que le "
                    + "formulaire public. Une fois la journée complète (ou le parcours, l’atelier choisis), "
                    + "l’inscription est mise en liste d’attente avec son rang.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Inscription", value = EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Inscrite (CONFIRMED) ou en liste d’attente (WAITLISTED, "
            + "avec waitlistPosition) ; le lien personnel est dans links.personalPage")
    @ApiResponse(responseCode = "404", description = "Aucune journée publiée à cette adresse")
    @ApiResponse(responseCode = "409", description = "Adresse e-mail déjà inscrite (already_registered) ou "
            + "inscriptions fermées (registration_closed)")
    @ApiResponse(responseCode = "422", description = "Champs refusés, chacun avec son message en français et en "
            + "anglais")
    @ApiResponse(responseCode = "429", description = "Trop d’inscriptions depuis cette adresse IP")
    ResponseEntity<RegistrationJson> register(@Parameter(example = "visite-bayonne-2024") @PathVariable String slug,
                                              @RequestBody RegistrationInput input, HttpServletRequest http) {
        var request = input.toRequest(ApiMessages.language(http));
        var choices = registrations.publishedChoices(slug).orElseThrow(ApiProblem::notFound);
        var answers = ApiAnswers.read(input.answers());
        var checked = checks.requireValid(request, answers, choices, ApiMessages.language(http));
        var wait = limiter.admit(http.getRemoteAddr());
        if (wait.isPresent()) {
            throw new TooManyRequests(wait.get());
        }
        var outcome = answered.register(checked);
        var view = outcome.view();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(links.registration(outcome.token())))
                .eTag(etag(view)).body(answers.values().isEmpty()
                        ? RegistrationJson.forHolder(view, Answers.NONE, links) : json(view));
    }

    @GetMapping(path = "/api/v1/registrations/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Voir son inscription", description = "Ce que montre la page personnelle : état, rang en "
            + "liste d’attente, parcours et atelier attribués. L’en-tête ETag porte la version.")
    @ApiResponse(responseCode = "200", description = "L’inscription")
    @ApiResponse(responseCode = "404", description = "Jeton inconnu")
    ResponseEntity<RegistrationJson> get(@PathVariable String token) {
        var view = holderView(token);
        return ResponseEntity.ok().eTag(etag(view)).body(json(view));
    }

    @PatchMapping(path = "/api/v1/registrations/{token}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Changer ses choix ou ses coordonnées",
            description = "Les champs absents gardent leur valeur ; l’adresse e-mail ne change pas. Un nouveau "
                    + "parcours ou atelier doit avoir de la place, sinon rien ne change. Avec If-Match (la "
                    + "valeur de l’ETag lue), la modification est refusée si l’inscription a changé entre-temps.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Changer de parcours",
                            value = "{\"preferredItineraryId\": 4, \"dietaryNeeds\": \"Sans gluten\"}"))))
    @ApiResponse(responseCode = "200", description = "L’inscription modifiée")
    @ApiResponse(responseCode = "404", description = "Jeton inconnu")
    @ApiResponse(responseCode = "409", description = "Parcours ou atelier complet, inscription annulée, "
            + "modifiée entre-temps, ou réponses envoyées après la clôture des inscriptions (answers_closed)")
    @ApiResponse(responseCode = "412", description = "If-Match ne correspond plus à la version de l’inscription")
    @ApiResponse(responseCode = "422", description = "Champs refusés")
    ResponseEntity<RegistrationJson> change(@PathVariable String token, @RequestBody RegistrationChange change,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch, HttpServletRequest http) {
        var current = holderView(token);
        if (ifMatch != null && !ifMatch.strip().equals("*") && !etag(current).equals(stripWeak(ifMatch))) {
            throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "version_mismatch", "webapi.error.versionMismatch");
        }
        var request = change.applyTo(current.toRequest());
        var event = events.details(current.eventId()).orElseThrow(ApiProblem::notFound);
        Answers answers = null;
        if (change.answers() != null) {
            if (!RegistrationWindow.isOpen(event, LocalDateTime.now())) {
                throw new ApiProblem(HttpStatus.CONFLICT, "answers_closed", "webapi.error.answersClosed");
            }
            answers = ApiAnswers.read(change.answers());
        }
        checks.requireValidChange(current, request, answers, choices(current.eventId()), ApiMessages.language(http));
        answered.change(token, current.version(), request, answers);
        var view = holderView(token);
        return ResponseEntity.ok().eTag(etag(view)).body(json(view));
    }

    @DeleteMapping("/api/v1/registrations/{token}")
    @Operation(summary = "Annuler son inscription", description = "La place libérée va au premier de la liste "
            + "d’attente, qui en est averti par courriel. Annuler deux fois ne fait rien de plus.")
    @ApiResponse(responseCode = "204", description = "Annulée")
    @ApiResponse(responseCode = "404", description = "Jeton inconnu")
    ResponseEntity<Void> cancel(@PathVariable String token) {
        holderView(token);
        registrations.cancel(token);
        return ResponseEntity.noContent().build();
    }

    private RegistrationJson json(RegistrationView view) {
        return RegistrationJson.forHolder(view, answered.answersOf(view.id()), links);
    }

    private DayChoices choices(long eventId) {
        return registrations.choices(eventId).orElseThrow(ApiProblem::notFound);
    }

    private RegistrationView holderView(String token) {
        return registrations.byToken(token).orElseThrow(ApiProblem::notFound);
    }

    static String etag(RegistrationView view) {
        return "\"" + view.version() + "\"";
    }

    private static String stripWeak(String tag) {
        var t = tag.strip();
        return t.startsWith("W/") ? t.substring(2) : t;
    }
}
