package fr.journees.registration.web;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.journees.calendar.CalendarDay;
import fr.journees.event.EventService;
import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.AskedQuestion;
import fr.journees.registration.Departement;
import fr.journees.registration.RegistrationRefusals.Refusal;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.StructureKind;

/**
 * The variables of the registration fields (the form, and the change from the personal page): the
 * day with fresh places left, the choices, what was typed and, for each refused field, why — in the
 * order of the form, so that the first refused field is the one focused.
 */
@Component
class FormPage {

    /** One parcours or atelier as a choice. */
    public record Group(long id, String label, String colour, Integer placesLeft, boolean full) {
    }

    /** The label of a field whose name is not its message key's. */
    private static final Map<String, String> LABELS = Map.of("preferredItineraryId", "registration.field.itinerary",
            "preferredWorkshopId", "registration.field.workshop", "dietaryNeeds", "registration.field.dietary",
            "accessibilityNeeds", "registration.field.accessibility", "consentData", "registration.public.consents");

    private final RegistrationService registrations;
    private final AnsweredRegistrations answered;
    private final EventService events;
    private final PublicFrame frame;

    FormPage(RegistrationService registrations, AnsweredRegistrations answered, EventService events,
             PublicFrame frame) {
        this.registrations = registrations;
        this.answered = answered;
        this.events = events;
        this.frame = frame;
    }

    /** The day's own questions, in the reader's language. */
    List<AskedQuestion> asked(long eventId, Locale locale) {
        return answered.asked(eventId, locale.getLanguage());
    }

    Map<String, Object> variables(CalendarDay day, Locale locale, String path, FormFields fields,
                                  List<Refusal> refusals, String formError) {
        var event = day.event();
        var branding = events.branding(event.id());
        var publicDay = PublicDay.of(day, registrations.fillRates(event.id()), branding.accentColour(),
                LocalDateTime.now(), locale);
        var variables = frame.variables(locale, path, event.slug(), branding);
        variables.put("day", publicDay);
        variables.put("fields", fields);
        var asked = asked(event.id(), locale);
        variables.put("asked", asked);
        variables.put("answersLocked", false);
        var errors = errors(refusals, asked, locale);
        variables.put("errors", errors);
        variables.put("first", errors.isEmpty() ? null : errors.keySet().iterator().next());
        var questionLabels = new LinkedHashMap<String, String>();
        asked.forEach(q -> questionLabels.put(q.field(), q.label()));
        var labels = new LinkedHashMap<String, String>();
        errors.keySet().forEach(field -> labels.put(field, questionLabels.containsKey(field) ? questionLabels.get(field)
                : frame.message(LABELS.getOrDefault(field, "registration.field." + field), locale)));
        variables.put("labels", labels);
        variables.put("formError", formError);
        variables.put("parcours", publicDay.parcours().stream()
                .map(p -> new Group(p.id(), p.name(), p.colour(), p.placesLeft(), p.full())).toList());
        variables.put("ateliers", publicDay.ateliers().stream()
                .map(a -> new Group(a.id(), a.title(), null, a.placesLeft(), a.full())).toList());
        variables.put("lunchOffered", event.lunchOffered());
        variables.put("structureKinds", StructureKind.values());
        variables.put("departements", Departement.ALL);
        variables.put("emailLocked", false);
        variables.put("eventPath", "/e/" + event.slug());
        variables.put("noindex", true);
        return variables;
    }

    /** Field → message, in the order of the form's fields; a field keeps its first refusal. */
    private Map<String, String> errors(List<Refusal> refusals, List<AskedQuestion> asked, Locale locale) {
        var order = new java.util.ArrayList<>(FormFields.TEXTS);
        asked.forEach(q -> order.add(q.field()));
        order.addAll(FormFields.BOXES);
        var errors = new LinkedHashMap<String, String>();
        refusals.stream().sorted(java.util.Comparator.comparingInt(r -> position(order, r.field())))
                .forEach(r -> errors.putIfAbsent(r.field(), frame.message(r.messageKey(), locale, r.arguments())));
        return errors;
    }

    private static int position(List<String> order, String field) {
        int index = order.indexOf(field);
        return index < 0 ? order.size() : index;
    }
}
