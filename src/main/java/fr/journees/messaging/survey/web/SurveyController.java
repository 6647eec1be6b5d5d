package fr.journees.messaging.survey.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.journees.base.web.PublicLanguage;
import fr.journees.event.EventService;
import fr.journees.messaging.survey.SurveyService;
import fr.journees.messaging.survey.SurveyService.Outcome;
import fr.journees.questions.AskedQuestions;
import fr.journees.registration.Answers;
import fr.journees.registration.AskedQuestion;
import fr.journees.registration.PersonalLinks;
import fr.journees.registration.RegistrationRefusals.Refusal;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.RegistrationView;
import fr.journees.registration.web.FormFields;
import fr.journees.registration.web.PublicFrame;

/**
 * The survey after the day, {@code /r/{token}/enquete} (the link of the thank-you mail): a plain form
 * posted back to itself, no session, answered once. Refused answers come back at their question with
 * what was typed; an anonymous survey says so above the questions.
 */
@RestController
class SurveyController {

    private final SurveyService surveys;
    private final RegistrationService registrations;
    private final EventService events;
    private final AskedQuestions asked;
    private final PublicFrame frame;

    SurveyController(SurveyService surveys, RegistrationService registrations, EventService events,
                     AskedQuestions asked, PublicFrame frame) {
        this.surveys = surveys;
        this.registrations = registrations;
        this.events = events;
        this.asked = asked;
        this.frame = frame;
    }

    @GetMapping("/r/{token}/enquete")
    ResponseEntity<String> survey(@PathVariable String token, HttpServletRequest request,
                                  HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        var found = find(token);
        if (found.isEmpty()) {
            return frame.notFound(request, locale, true);
        }
        var r = found.get();
        if (request.getParameter("merci") != null || surveys.hasAnswered(r)) {
            return said(r, locale, request, HttpStatus.OK, "survey-thanks", "survey.public.thanks");
        }
        if (!surveys.survey(r.eventId()).accepting()) {
            return said(r, locale, request, HttpStatus.OK, "survey-closed", "survey.public.closed");
        }
        return form(r, locale, request, Answers.NONE, List.of(), HttpStatus.OK);
    }

    @PostMapping("/r/{token}/enquete")
    ResponseEntity<String> answer(@PathVariable String token, HttpServletRequest request,
                                  HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        var found = find(token);
        if (found.isEmpty()) {
            return frame.notFound(request, locale, true);
        }
        var r = found.get();
        var given = new LinkedHashMap<Long, List<String>>();
        for (var q : surveys.asked(r.eventId())) {
            var values = request.getParameterValues(AskedQuestion.fieldOf(q.id()));
            given.put(q.id(), values == null ? List.of() : List.of(values));
        }
        var answers = new Answers(given);
        var answering = surveys.answer(token, answers);
        return switch (answering.outcome()) {
            case ANSWERED -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, PersonalLinks.path(token) + "/enquete?merci").build();
            case REFUSED -> form(r, locale, request, answers, answering.refusals(), HttpStatus.UNPROCESSABLE_ENTITY);
            case ALREADY_ANSWERED -> said(r, locale, request, HttpStatus.CONFLICT, "survey-already",
                    "survey.public.already");
            case CLOSED -> said(r, locale, request, HttpStatus.CONFLICT, "survey-closed", "survey.public.closed");
            case NOT_FOUND -> frame.notFound(request, locale, true);
        };
    }

    private Optional<RegistrationView> find(String token) {
        return registrations.byToken(token).filter(r -> r.status() != RegistrationStatus.CANCELLED);
    }

    private ResponseEntity<String> form(RegistrationView r, Locale locale, HttpServletRequest request,
                                        Answers answers, List<Refusal> refusals, HttpStatus status) {
        var event = events.details(r.eventId()).orElseThrow();
        var settings = surveys.survey(r.eventId());
        var questions = asked.of(surveys.asked(r.eventId()), locale);
        var variables = frame.variables(locale, request.getRequestURI(), event.slug(), events.branding(event.id()));
        variables.put("title", frame.message("survey.public.title", locale) + " · " + event.title());
        variables.put("eventTitle", event.title());
        variables.put("anonymous", settings.anonymous());
        variables.put("asked", questions);
        variables.put("answersLocked", false);
        variables.put("questionsLegend", frame.message("survey.public.legend", locale));
        variables.put("fields", new FormFields(Map.of(), answers));
        var errors = new LinkedHashMap<String, String>();
        var labels = new LinkedHashMap<String, String>();
        for (var q : questions) {
            refusals.stream().filter(x -> x.field().equals(q.field())).findFirst().ifPresent(x -> {
                errors.put(q.field(), frame.message(x.messageKey(), locale, x.arguments()));
                labels.put(q.field(), q.label());
            });
        }
        variables.put("errors", errors);
        variables.put("labels", labels);
        variables.put("first", errors.isEmpty() ? null : errors.keySet().iterator().next());
        variables.put("formError", null);
        variables.put("surveyPath", PersonalLinks.path(r.token()) + "/enquete");
        variables.put("personalPath", PersonalLinks.path(r.token()));
        variables.put("noindex", true);
        return frame.page(status, locale, frame.render("messaging/survey", locale, variables));
    }

    private ResponseEntity<String> said(RegistrationView r, Locale locale, HttpServletRequest request,
                                        HttpStatus status, String id, String key) {
        var event = events.details(r.eventId()).orElseThrow();
        return frame.message(status, locale, request.getRequestURI(), event.slug(), id,
                frame.message(key + ".title", locale), List.of(frame.message(key, locale, event.title())),
                PersonalLinks.path(r.token()), frame.message("registration.public.backToRegistration", locale));
    }
}
