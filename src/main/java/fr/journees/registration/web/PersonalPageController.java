package fr.journees.registration.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
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
import fr.journees.calendar.CalendarLinks;
import fr.journees.calendar.CalendarService;
import fr.journees.event.EventLinks;
import fr.journees.event.EventService;
import fr.journees.registration.PersonalLinks;
import fr.journees.registration.ParticipantMessages;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.RegistrationRefusals;
import fr.journees.registration.RegistrationRefusals.Refusal;
import fr.journees.registration.RegistrationRejected;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationView;
import fr.journees.registration.RegistrationWindow;

/**
 * A participant's personal page, reached by the secret link {@code /r/{token}}: see the registration,
 * change it, cancel it or erase it, each action a plain form posted back, confirmed on its own page
 * when it cannot be undone. An unknown token answers 404. Nothing is kept between requests.
 */
@RestController
class PersonalPageController {

    private final RegistrationService registrations;
    private final AnsweredRegistrations answered;
    private final CalendarService calendars;
    private final EventService events;
    private final EventLinks links;
    private final FormPage form;
    private final PublicFrame frame;
    private final ObjectProvider<ParticipantMessages> received;

    PersonalPageController(RegistrationService registrations, AnsweredRegistrations answered,
                           CalendarService calendars, EventService events, EventLinks links, FormPage form,
                           PublicFrame frame, ObjectProvider<ParticipantMessages> received) {
        this.received = received;
        this.registrations = registrations;
        this.answered = answered;
        this.calendars = calendars;
        this.events = events;
        this.links = links;
        this.form = form;
        this.frame = frame;
    }

    private record Found(RegistrationView registration, CalendarDay day) {
        /** The answers to the day's questions change only while its registration is open. */
        boolean answersOpen() {
            return RegistrationWindow.isOpen(day.event(), java.time.LocalDateTime.now());
        }
    }

    /** One answer as the personal page shows it. */
    public record ShownAnswer(String id, String question, String answer) {
    }

    /** A message the participant received, as the page lists it. */
    record ReceivedLine(String subject, String body, String date) {
    }

    @GetMapping("/r/{token}")
    ResponseEntity<String> page(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        return find(token).map(found -> personal(found, locale, request))
                .orElseGet(() -> frame.notFound(request, locale, true));
    }

    @GetMapping("/r/{token}/modifier")
    ResponseEntity<String> change(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        return find(token).map(found -> changeForm(found, locale, request,
                        FormFields.of(found.registration(), answered.answersOf(found.registration().id())),
                        found.registration().version(), List.of(), null, HttpStatus.OK))
                .orElseGet(() -> frame.notFound(request, locale, true));
    }

    @PostMapping("/r/{token}/modifier")
    ResponseEntity<String> save(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        var found = find(token);
        if (found.isEmpty()) {
            return frame.notFound(request, locale, true);
        }
        var current = found.get().registration();
        var open = found.get().answersOpen();
        var fields = FormFields.from(request, open ? form.asked(current.eventId(), locale) : List.of());
        if (!open) {
            fields = new FormFields(fields.values(), answered.answersOf(current.id()));
        }
        fields.values().put("email", current.email());
        fields.values().put("consentData", "on");
        int version = parseVersion(request.getParameter("version"), current.version());
        var reading = fields.read(current.language());
        var refused = new java.util.ArrayList<>(reading.refusals());
        var choices = registrations.choices(current.eventId()).orElseThrow();
        refused.addAll(answered.refusalsOfChange(current, reading.request(), open ? fields.answers() : null, choices));
        if (!refused.isEmpty()) {
            return changeForm(found.get(), locale, request, fields, version, refused, null,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            answered.change(token, version, reading.request(), open ? fields.answers() : null);
            return seeOther(PersonalLinks.path(token) + "?enregistre");
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return changeForm(found.get(), locale, request, fields, current.version(), List.of(),
                    frame.message("registration.public.changedMeanwhile", locale), HttpStatus.CONFLICT);
        } catch (RegistrationRejected rejected) {
            var field = RegistrationRefusals.fieldOf(rejected.reason());
            var key = "registration.error." + rejected.reason().name();
            return field == null
                    ? changeForm(found.get(), locale, request, fields, version, List.of(), frame.message(key, locale),
                    HttpStatus.CONFLICT)
                    : changeForm(found.get(), locale, request, fields, version,
                    List.of(new Refusal(field, rejected.reason().name(), key)), null, HttpStatus.CONFLICT);
        }
    }

    @GetMapping("/r/{token}/annuler")
    ResponseEntity<String> confirmCancel(@PathVariable String token, HttpServletRequest request,
                                         HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        return find(token).map(found -> confirm(found, locale, request, "personal-cancel-confirm",
                        "registration.personal.cancelTitle", "registration.personal.cancelText",
                        "registration.personal.cancelConfirm", PersonalLinks.path(token) + "/annuler"))
                .orElseGet(() -> frame.notFound(request, locale, true));
    }

    @PostMapping("/r/{token}/annuler")
    ResponseEntity<String> cancel(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        if (find(token).isEmpty()) {
            return frame.notFound(request, locale, true);
        }
        registrations.cancel(token);
        return seeOther(PersonalLinks.path(token) + "?annule");
    }

    @GetMapping("/r/{token}/effacer")
    ResponseEntity<String> confirmErase(@PathVariable String token, HttpServletRequest request,
                                        HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        return find(token).map(found -> confirm(found, locale, request, "personal-erase-confirm",
                        "registration.personal.eraseTitle", "registration.personal.eraseText",
                        "registration.personal.eraseConfirm", PersonalLinks.path(token) + "/effacer"))
                .orElseGet(() -> frame.notFound(request, locale, true));
    }

    @PostMapping("/r/{token}/effacer")
    ResponseEntity<String> erase(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        var locale = PublicLanguage.of(request, response);
        var found = find(token);
        if (found.isEmpty()) {
            return frame.notFound(request, locale, true);
        }
        registrations.erase(token);
        var event = found.get().day().event();
        return frame.message(HttpStatus.OK, locale, "/e/" + event.slug(), event.slug(), "personal-erased",
                frame.message("registration.public.erasedTitle", locale),
                List.of(frame.message("registration.personal.erased", locale)), "/e/" + event.slug(),
                frame.message("registration.public.backTo", locale, event.title()));
    }

    private Optional<Found> find(String token) {
        return registrations.byToken(token).flatMap(r -> calendars.day(r.eventId()).map(day -> new Found(r, day)));
    }

    private ResponseEntity<String> personal(Found found, Locale locale, HttpServletRequest request) {
        var r = found.registration();
        var event = found.day().event();
        var variables = base(found, locale, request);
        variables.put("title", event.title());
        variables.put("r", r);
        variables.put("welcome", request.getParameter("inscrit") != null);
        variables.put("saved", request.getParameter("enregistre") != null);
        variables.put("cancelledNow", request.getParameter("annule") != null);
        var path = PersonalLinks.path(r.token());
        variables.put("agendaPath", path + "/agenda.ics");
        variables.put("changePath", path + "/modifier");
        variables.put("cancelPath", path + "/annuler");
        variables.put("erasePath", path + "/effacer");
        variables.put("dataJsonPath", path + "/donnees.json");
        variables.put("dataHtmlPath", path + "/donnees.html");
        variables.put("certificatePath", r.attended() ? path + "/attestation.pdf" : null);
        variables.put("messages", receivedBy(r, locale));
        variables.put("answers", shownAnswers(r, locale));
        // Google and Microsoft get the public page of the day, never the personal link (its token).
        var pageUrl = links.page(event.slug());
        var details = event.subtitle() == null ? pageUrl : event.subtitle() + "\n" + pageUrl;
        var location = event.venueName() == null ? "" : event.venueName();
        variables.put("googleUrl", CalendarLinks.google(event.title(), event.date(), event.start(), event.end(), details,
                location));
        variables.put("outlookUrl", CalendarLinks.outlook(event.title(), event.date(), event.start(), event.end(),
                details, location));
        return frame.page(HttpStatus.OK, locale, frame.render("public/personal", locale, variables));
    }

    private List<ReceivedLine> receivedBy(RegistrationView r, Locale locale) {
        var when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(locale);
        return received.orderedStream().flatMap(source -> source.receivedBy(r).stream())
                .sorted(java.util.Comparator.comparing(ParticipantMessages.Received::sentAt).reversed())
                .map(m -> new ReceivedLine(m.subject(), m.body(), m.sentAt().format(when))).toList();
    }

    private List<ShownAnswer> shownAnswers(RegistrationView r, Locale locale) {
        var columns = answered.columns(r.eventId(), locale.getLanguage(), List.of(r.id()));
        var cells = columns.of(r.id());
        var shown = new java.util.ArrayList<ShownAnswer>();
        for (int i = 0; i < columns.headers().size(); i++) {
            if (!cells.get(i).isBlank()) {
                shown.add(new ShownAnswer("personal-answer-" + i, columns.headers().get(i), cells.get(i)));
            }
        }
        return shown;
    }

    private ResponseEntity<String> changeForm(Found found, Locale locale, HttpServletRequest request, FormFields fields,
                                              int version, List<Refusal> refused, String formError, HttpStatus status) {
        var r = found.registration();
        var variables = form.variables(found.day(), locale, request.getRequestURI(), fields, refused, formError);
        variables.put("title", frame.message("registration.personal.change", locale) + " · " + found.day().event().title());
        variables.put("emailLocked", true);
        variables.put("answersLocked", !found.answersOpen());
        variables.put("version", version);
        variables.put("changePath", PersonalLinks.path(r.token()) + "/modifier");
        variables.put("personalPath", PersonalLinks.path(r.token()));
        return frame.page(status, locale, frame.render("public/change", locale, variables));
    }

    private ResponseEntity<String> confirm(Found found, Locale locale, HttpServletRequest request, String id,
                                           String headingKey, String textKey, String confirmKey, String actionPath) {
        var variables = base(found, locale, request);
        variables.put("title", frame.message(headingKey, locale));
        variables.put("confirmId", id);
        variables.put("heading", frame.message(headingKey, locale));
        variables.put("text", frame.message(textKey, locale));
        variables.put("confirmLabel", frame.message(confirmKey, locale));
        variables.put("keepLabel", frame.message("registration.personal.keep", locale));
        variables.put("actionPath", actionPath);
        return frame.page(HttpStatus.OK, locale, frame.render("public/confirm", locale, variables));
    }

    private java.util.Map<String, Object> base(Found found, Locale locale, HttpServletRequest request) {
        var event = found.day().event();
        var branding = events.branding(event.id());
        var variables = frame.variables(locale, request.getRequestURI(), event.slug(), branding);
        variables.put("day", PublicDay.of(found.day(), registrations.fillRates(event.id()), branding.accentColour(),
                java.time.LocalDateTime.now(), locale));
        variables.put("personalPath", PersonalLinks.path(found.registration().token()));
        variables.put("eventPath", "/e/" + event.slug());
        variables.put("noindex", true);
        return variables;
    }

    private static int parseVersion(String value, int current) {
        try {
            return value == null ? current : Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            return current;
        }
    }

    private static ResponseEntity<String> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
    }
}
