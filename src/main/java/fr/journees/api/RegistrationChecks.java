package fr.journees.api;

import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.journees.registration.AnsweredRegistrations;
import fr.journees.registration.Answers;
import fr.journees.registration.CheckedRegistration;
import fr.journees.registration.DayChoices;
import fr.journees.registration.RegistrationRefusals;
import fr.journees.registration.RegistrationRefusals.Refusal;
import fr.journees.registration.RegistrationRequest;
import fr.journees.registration.RegistrationView;

/**
 * Checks a registration by the rules of the participant's form ({@link RegistrationRefusals}, their one
 * owner) and words every refusal in French and English with the form's own messages.
 */
@Component
class RegistrationChecks {

    private final AnsweredRegistrations answered;
    private final ApiMessages messages;

    RegistrationChecks(AnsweredRegistrations answered, ApiMessages messages) {
        this.answered = answered;
        this.messages = messages;
    }

    /**
     * The registration checked, ready to register; throws {@link InvalidInput} listing every refused field
     * (answers as "answers.12"), in field order.
     */
    CheckedRegistration requireValid(RegistrationRequest request, Answers answers, DayChoices choices, Locale locale) {
        var checked = answered.check(request, answers, choices);
        throwIfAny(checked.refusals(), locale);
        return checked;
    }

    /** The same for a change; answers null when they are not changed. */
    void requireValidChange(RegistrationView current, RegistrationRequest request, Answers answers,
                            DayChoices choices, Locale locale) {
        throwIfAny(answered.refusalsOfChange(current, request, answers, choices), locale);
    }

    private void throwIfAny(java.util.List<Refusal> refusals, Locale locale) {
        var problems = refusals.stream().map(refusal -> {
            var both = messages.both(refusal.messageKey(), refusal.arguments());
            var field = refusal.field().matches("q\\d+") ? "answers." + refusal.field().substring(1) : refusal.field();
            return new FieldProblem(field, refusal.code(), both.get(locale.getLanguage()), both);
        }).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
