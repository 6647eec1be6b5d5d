package fr.journees.registration;

import java.util.List;

import fr.journees.registration.RegistrationRefusals.Refusal;

/**
 * A registration with its day's answers, checked once by {@link AnsweredRegistrations#check} against the
 * rules of the request and of the day's questions: only one without refusals can be registered, so the
 * public form and the API never register what they did not check, and never check it twice.
 */
public final class CheckedRegistration {

    private final DayChoices choices;
    private final RegistrationRequest request;
    private final Answers answers;
    private final List<Refusal> refusals;

    CheckedRegistration(DayChoices choices, RegistrationRequest request, Answers answers, List<Refusal> refusals) {
        this.choices = choices;
        this.request = request;
        this.answers = answers;
        this.refusals = List.copyOf(refusals);
    }

    /** Every refusal of the fields then of the answers, in field order; empty when it may be registered. */
    public List<Refusal> refusals() {
        return refusals;
    }

    DayChoices choices() {
        return choices;
    }

    RegistrationRequest request() {
        return request;
    }

    Answers answers() {
        return answers;
    }
}
