package fr.journees.registration.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import fr.journees.registration.Answers;
import fr.journees.registration.AskedQuestion;
import fr.journees.registration.RegistrationRefusals.Refusal;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.RegistrationView;
import fr.journees.registration.StructureKind;

/**
 * What a participant typed in the registration form, kept exactly as typed (so that a refused form comes
 * back with nothing lost), and its reading as a {@link RegistrationRequest}. The field names are the
 * request's own, so a refusal names the field it belongs to; the answers to the day's own questions are
 * kept apart, by question.
 */
public record FormFields(Map<String, String> values, Answers answers) {

    static final List<String> TEXTS = List.of("firstName", "lastName", "email", "phone", "organisation", "function",
            "structureKind", "departement", "territory", "preferredItineraryId", "preferredWorkshopId", "dietaryNeeds",
            "accessibilityNeeds");
    static final List<String> BOXES = List.of("lunch", "consentData", "consentPhotos");

    /** The reading of the fields: the request, and what could not even be read (a choice that is no number). */
    record Reading(RegistrationRequest request, List<Refusal> refusals) {
    }

    static FormFields empty() {
        return new FormFields(Map.of(), Answers.NONE);
    }

    static FormFields from(HttpServletRequest http, List<AskedQuestion> asked) {
        var values = new LinkedHashMap<String, String>();
        TEXTS.forEach(name -> values.put(name, nz(http.getParameter(name))));
        BOXES.forEach(name -> values.put(name, http.getParameter(name) == null ? "" : "on"));
        var answers = new LinkedHashMap<Long, List<String>>();
        for (var question : asked) {
            var given = http.getParameterValues(question.field());
            answers.put(question.id(), given == null ? List.of() : List.of(given));
        }
        return new FormFields(values, new Answers(answers));
    }

    static FormFields of(RegistrationView r, Answers answers) {
        var values = new LinkedHashMap<String, String>();
        values.put("firstName", r.firstName());
        values.put("lastName", r.lastName());
        values.put("email", r.email());
        values.put("phone", nz(r.phone()));
        values.put("organisation", nz(r.organisation()));
        values.put("function", nz(r.function()));
        values.put("structureKind", r.structureKind() == null ? "" : r.structureKind().name());
        values.put("departement", nz(r.departement()));
        values.put("territory", nz(r.territory()));
        values.put("preferredItineraryId", r.preferredItineraryId() == null ? "" : r.preferredItineraryId().toString());
        values.put("preferredWorkshopId", r.preferredWorkshopId() == null ? "" : r.preferredWorkshopId().toString());
        values.put("dietaryNeeds", nz(r.dietaryNeeds()));
        values.put("accessibilityNeeds", nz(r.accessibilityNeeds()));
        values.put("lunch", r.lunch() ? "on" : "");
        values.put("consentData", "on");
        values.put("consentPhotos", r.consentPhotos() ? "on" : "");
        return new FormFields(values, answers);
    }

    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        return "on".equals(values.get(name));
    }

    /** What was typed for that question (its first value). */
    public String answer(long questionId) {
        return answers.first(questionId);
    }

    /** Whether that choice of that question was ticked. */
    public boolean chose(long questionId, String value) {
        return answers.of(questionId).contains(value);
    }

    Reading read(String language) {
        var refusals = new ArrayList<Refusal>();
        var request = new RegistrationRequest(get("firstName").strip(), get("lastName").strip(), get("email").strip(),
                optional("phone"), optional("organisation"), optional("function"), optional("territory"),
                id("preferredItineraryId", refusals), id("preferredWorkshopId", refusals), checked("lunch"),
                optional("dietaryNeeds"), optional("accessibilityNeeds"), checked("consentData"),
                checked("consentPhotos"), language, structureKind(refusals), optional("departement"));
        return new Reading(request, refusals);
    }

    private String optional(String name) {
        var value = get(name).strip();
        return value.isEmpty() ? null : value;
    }

    private Long id(String name, List<Refusal> refusals) {
        var value = get(name).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notAChoice) {
            refusals.add(new Refusal(name, "UnknownChoice", "registration.error.unknownChoice"));
            return null;
        }
    }

    private StructureKind structureKind(List<Refusal> refusals) {
        var value = get("structureKind").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return StructureKind.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            refusals.add(new Refusal("structureKind", "UnknownChoice", "registration.error.unknownChoice"));
            return null;
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
