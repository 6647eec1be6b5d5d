package fr.journees.api;

import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.journees.registration.DayChoices;
import fr.journees.registration.RegistrationRefusals;
import fr.journees.registration.RegistrationRequest;

/**
 * Checks a registration by the rules of the participant's form ({@link RegistrationRefusals}, their one
 * owner) and words every refusal in French and English with the form's own messages.
 */
@Component
class RegistrationChecks {

    private final RegistrationRefusals refusals;
    private final ApiMessages messages;

    RegistrationChecks(RegistrationRefusals refusals, ApiMessages messages) {
        this.refusals = refusals;
        this.messages = messages;
    }

    /** Throws {@link InvalidInput} listing every refused field, in field order. */
    void requireValid(RegistrationRequest request, DayChoices choices, Locale locale) {
        var problems = refusals.of(request, choices).stream().map(refusal -> {
            var both = messages.both(refusal.messageKey(), refusal.arguments());
            return new FieldProblem(refusal.field(), refusal.code(), both.get(locale.getLanguage()), both);
        }).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
