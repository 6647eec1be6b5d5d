package fr.journees.registration;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import fr.journees.registration.RegistrationRefusals.Refusal;

/**
 * A registration with the answers to its day's own questions: the fields are checked by
 * {@link RegistrationRefusals} and the answers by {@link DayQuestions}, both before anything is written; the
 * registration then goes through the engine of {@link RegistrationService} (places, waiting list and mails
 * untouched) and its answers are stored right after it. The public form and the API register here.
 */
@Service
public class AnsweredRegistrations {

    private final RegistrationService registrations;
    private final NewRegistrations newRegistrations;
    private final RegistrationRefusals refusals;
    private final DayQuestions questions;

    AnsweredRegistrations(RegistrationService registrations, NewRegistrations newRegistrations,
                          RegistrationRefusals refusals, ObjectProvider<DayQuestions> questions) {
        this.registrations = registrations;
        this.newRegistrations = newRegistrations;
        this.refusals = refusals;
        this.questions = questions.getIfAvailable(() -> DayQuestions.NONE);
    }

    /** The registration checked: its refusals, and when there are none, what {@link #register} takes. */
    public CheckedRegistration check(RegistrationRequest request, Answers answers, DayChoices choices) {
        var all = new ArrayList<>(refusals.of(request, choices));
        all.addAll(questions.refusals(choices.eventId(), answers, request.preferredItineraryId(),
                request.preferredWorkshopId()));
        return new CheckedRegistration(choices, request, answers, all);
    }

    /**
     * The refusals of a change from the personal page, whose groups are the chosen or else the assigned
     * ones; answers null when they are not changed (then only the fields are checked).
     */
    public List<Refusal> refusalsOfChange(RegistrationView current, RegistrationRequest request, Answers answers,
                                          DayChoices choices) {
        var all = new ArrayList<>(refusals.of(request, choices));
        if (answers == null) {
            return all;
        }
        all.addAll(questions.refusals(choices.eventId(), answers,
                either(request.preferredItineraryId(), current.itineraryId()),
                either(request.preferredWorkshopId(), current.workshopId())));
        return all;
    }

    /**
     * Registers through the public form's rules (its window applies), places, waiting list and mails as
     * {@link RegistrationService#register(long, RegistrationRequest)} does, without validating the
     * request again: {@link #check} did, and a refused one cannot get here.
     */
    public RegistrationOutcome register(CheckedRegistration checked) {
        if (!checked.refusals().isEmpty()) {
            throw new IllegalArgumentException("A refused registration cannot be registered: " + checked.refusals());
        }
        var outcome = newRegistrations.insert(checked.choices(), checked.request(), true);
        // A new registration has no earlier answers to keep: without answers there is nothing to write.
        if (!checked.answers().values().isEmpty()) {
            store(outcome.view(), checked.answers());
        }
        return outcome;
    }

    /** The participant's change; answers null keeps the stored ones (the registration window has closed). */
    public void change(String token, int version, RegistrationRequest request, Answers answers) {
        registrations.change(token, version, request);
        if (answers != null) {
            registrations.byToken(token).ifPresent(changed -> store(changed, answers));
        }
    }

    public List<AskedQuestion> asked(long eventId, String language) {
        return questions.asked(eventId, language);
    }

    public Answers answersOf(long registrationId) {
        return questions.answersOf(registrationId);
    }

    public java.util.Map<Long, Answers> answersOf(java.util.Collection<Long> registrationIds) {
        return questions.answersOf(registrationIds);
    }

    public DayQuestions.AnswerColumns columns(long eventId, String language, java.util.Collection<Long> ids) {
        return questions.columns(eventId, language, ids);
    }

    public java.util.Map<Long, List<DayQuestions.ShownAnswer>> shown(long eventId, DayQuestions.ShownAt where,
                                                                     String language, java.util.Collection<Long> ids) {
        return questions.shown(eventId, where, language, ids);
    }

    private void store(RegistrationView r, Answers answers) {
        questions.store(r.eventId(), r.id(), answers, either(r.preferredItineraryId(), r.itineraryId()),
                either(r.preferredWorkshopId(), r.workshopId()));
    }

    private static Long either(Long chosen, Long assigned) {
        return chosen != null ? chosen : assigned;
    }
}
