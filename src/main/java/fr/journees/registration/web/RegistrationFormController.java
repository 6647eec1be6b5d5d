package fr.journees.registration.web;

import java.util.List;
import java.util.Locale;

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
import fr.journees.calendar.CalendarDay;
import fr.journees.calendar.CalendarService;
import fr.journees.registration.PersonalLinks;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.RegistrationRefusals;
import fr.journees.registration.RegistrationRefusals.Refusal;
import fr.journees.registration.RegistrationRejected;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.SubmissionLimiter;

/**
 * The public registration form, {@code /e/{slug}/inscription}: a plain HTML form posted back to the same
 * address. Refused fields come back with what was typed and why, the first one focused; a registration
 * taken redirects (303) to the personal page, which then says what happens next. Spam protection without
 * a third party: a honeypot field people never see, and a limit of submissions per address.
 */
@RestController
class RegistrationFormController {

    private final CalendarService calendars;
    private final RegistrationService registrations;
    private final AnsweredRegistrations answered;
    private final SubmissionLimiter limiter;
    private final FormPage form;
    private final PublicFrame frame;

    RegistrationFormController(CalendarService calendars, RegistrationService registrations,
                               AnsweredRegistrations answered, SubmissionLimiter limiter, FormPage form,
                               PublicFrame frame) {
        this.calendars = calendars;
        this.registrations = registrations;
        this.answered = answered;
        this.limiter = limiter;
        this.form = form;
        this.frame = frame;
    }

    @GetMapping("/e/{slug}/inscription")
    ResponseEntity<String> form(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        return calendars.publishedDay(slug)
                .map(day -> show(day, locale, request, FormFields.empty(), List.of(), null, HttpStatus.OK))
                .orElseGet(() -> frame.notFound(request, locale, false));
    }

    @PostMapping("/e/{slug}/inscription")
    ResponseEntity<String> submit(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        var found = calendars.publishedDay(slug);
        if (found.isEmpty()) {
            return frame.notFound(request, locale, false);
        }
        var day = found.get();
        var fields = FormFields.from(request, form.asked(day.event().id(), locale));
        var website = request.getParameter("website");
        if (website != null && !website.isBlank()) {
            // A bot filled the field people never see: answer as if all went well, register nothing.
            return frame.message(HttpStatus.OK, locale, request.getRequestURI(), slug, "registration-received",
                    frame.message("registration.form.title", locale),
                    List.of(frame.message("registration.form.received", locale)), "/e/" + slug,
                    frame.message("registration.public.backTo", locale, day.event().title()));
        }
        var reading = fields.read(locale.getLanguage());
        var refused = new java.util.ArrayList<>(reading.refusals());
        var choices = registrations.choices(day.event().id()).orElseThrow();
        var checked = answered.check(reading.request(), fields.answers(), choices);
        refused.addAll(checked.refusals());
        if (!refused.isEmpty()) {
            return show(day, locale, request, fields, refused, null, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (!limiter.allow(request.getRemoteAddr())) {
            return show(day, locale, request, fields, List.of(), frame.message("registration.error.tooMany", locale),
                    HttpStatus.TOO_MANY_REQUESTS);
        }
        try {
            var outcome = answered.register(checked);
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, PersonalLinks.path(outcome.token()) + "?inscrit").build();
        } catch (RegistrationRejected rejected) {
            var message = frame.message("registration.error." + rejected.reason().name(), locale);
            var field = RegistrationRefusals.fieldOf(rejected.reason());
            return field == null
                    ? show(day, locale, request, fields, List.of(), message, HttpStatus.CONFLICT)
                    : show(day, locale, request, fields, List.of(new Refusal(field, rejected.reason().name(),
                            "registration.error." + rejected.reason().name())), null, HttpStatus.CONFLICT);
        }
    }

    private ResponseEntity<String> show(CalendarDay day, Locale locale, HttpServletRequest request, FormFields fields,
                                        List<Refusal> refused, String formError, HttpStatus status) {
        var embed = request.getParameter("integre") != null;
        var variables = form.variables(day, locale, request.getRequestURI(), fields, refused, formError);
        variables.put("title", frame.message("registration.form.title", locale) + " · " + day.event().title());
        variables.put("embed", embed);
        variables.put("formPath", request.getRequestURI() + (embed ? "?integre=1" : ""));
        if (embed) {
            variables.put("eventPath", variables.get("eventPath") + "?integre=1");
        }
        return frame.page(status, locale, frame.render("public/form", locale, variables));
    }
}
