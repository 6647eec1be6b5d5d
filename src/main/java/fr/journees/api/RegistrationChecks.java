package fr.journees.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.DayChoices;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

/**
 * Checks a registration against the rules written once on {@link RegistrationRequest} (the public
 * form's rules) and against the event's itineraries and workshops, and words every refusal in French
 * and English with the form's own messages.
 */
@Component
class RegistrationChecks {

    private final Validator validator;
    private final ApiMessages messages;

    RegistrationChecks(Validator validator, ApiMessages messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** Throws {@link InvalidInput} listing every refused field, in field order. */
    void requireValid(RegistrationRequest request, DayChoices choices, Locale locale) {
        var problems = new ArrayList<FieldProblem>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(problem(v, locale)));
        if (unknown(request.preferredItineraryId(), choices.itineraryIds())) {
            problems.add(problem("preferredItineraryId", "UnknownChoice", "webapi.violation.unknownChoice", locale));
        }
        if (unknown(request.preferredWorkshopId(), choices.workshopIds())) {
            problems.add(problem("preferredWorkshopId", "UnknownChoice", "webapi.violation.unknownChoice", locale));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static boolean unknown(Long id, Set<Long> offered) {
        return id != null && !offered.contains(id);
    }

    private FieldProblem problem(ConstraintViolation<RegistrationRequest> violation, Locale locale) {
        var field = violation.getPropertyPath().toString();
        var code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (code) {
            case "NotBlank", "NotNull" -> problem(field, code, "registration.error.required", locale);
            case "Email" -> problem(field, code, "registration.error.email", locale);
            case "AssertTrue" -> problem(field, code, "registration.error.consent", locale);
            case "Pattern" -> problem(field, code, "departement".equals(field) ? "webapi.violation.departement"
                    : "webapi.violation.language", locale);
            case "Size" -> problem(field, code, "registration.error.length", locale,
                    ((Size) violation.getConstraintDescriptor().getAnnotation()).max());
            default -> problem(field, code, "webapi.violation.invalid", locale);
        };
    }

    private FieldProblem problem(String field, String code, String key, Locale locale, Object... args) {
        var both = messages.both(key, args);
        return new FieldProblem(field, code, both.get(locale.getLanguage()), both);
    }
}
