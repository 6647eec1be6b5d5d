package fr.journees.messaging.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.journees.messaging.survey.SurveyResults.Count;
import fr.journees.messaging.survey.SurveyResults.QuestionResult;
import fr.journees.questions.AnswerRules;
import fr.journees.questions.Question;
import fr.journees.questions.QuestionRefused;
import fr.journees.questions.QuestionService;
import fr.journees.questions.QuestionType;
import fr.journees.questions.Questionnaire;
import fr.journees.registration.Answers;
import fr.journees.registration.RegistrationRefusals.Refusal;
import fr.journees.registration.RegistrationService;
import fr.journees.registration.RegistrationStatus;
import fr.journees.registration.RegistrationView;

/**
 * The only writer of the surveys. A day's survey is created with {@link DefaultSurvey} on first use; each
 * participant answers it once (the marker's key refuses a second answer, even sent twice at the same
 * time); an anonymous survey stores the response without the registration. Its questions are the
 * questions feature's, asked and read by the same rules as the registration's.
 */
@Service
public class SurveyService {

    /** How an answer went: stored, refused field by field, or not taken. */
    public enum Outcome { ANSWERED, REFUSED, ALREADY_ANSWERED, CLOSED, NOT_FOUND }

    public record Answering(Outcome outcome, List<Refusal> refusals) {
    }

    private static final int TEXTS_SHOWN = 50;

    private final SurveyRepository surveys;
    private final QuestionService questions;
    private final RegistrationService registrations;
    private final MessageSource messages;

    SurveyService(SurveyRepository surveys, QuestionService questions, RegistrationService registrations,
                  MessageSource messages) {
        this.surveys = surveys;
        this.questions = questions;
        this.registrations = registrations;
        this.messages = messages;
    }

    /** The day's survey settings, the survey and its default questions created on first use. */
    @Transactional
    public SurveySettings survey(long eventId) {
        if (surveys.create(eventId)) {
            DefaultSurvey.QUESTIONS.forEach(draft -> questions.add(eventId, Questionnaire.SURVEY, draft));
        }
        return surveys.settings(eventId).orElseThrow();
    }

    /** Anonymity cannot change once someone answered: their answers were given on the other promise. */
    @Transactional
    public void change(long eventId, int version, boolean anonymous, boolean accepting) {
        var current = survey(eventId);
        if (current.anonymous() != anonymous && surveys.responses(eventId) > 0) {
            throw new QuestionRefused("survey.refused.anonymity");
        }
        if (!surveys.update(eventId, version, anonymous, accepting)) {
            throw new OptimisticLockingFailureException("Survey of event " + eventId + " changed meanwhile");
        }
    }

    @Transactional
    public List<Question> asked(long eventId) {
        survey(eventId);
        return questions.asked(eventId, Questionnaire.SURVEY);
    }

    @Transactional(readOnly = true)
    public boolean hasAnswered(RegistrationView registration) {
        return surveys.hasAnswered(registration.eventId(), registration.id());
    }

    /** The answers of the holder of that personal link, checked then stored once. */
    @Transactional
    public Answering answer(String token, Answers answers) {
        var found = registrations.byToken(token).filter(r -> r.status() != RegistrationStatus.CANCELLED);
        if (found.isEmpty()) {
            return new Answering(Outcome.NOT_FOUND, List.of());
        }
        var r = found.get();
        var settings = survey(r.eventId());
        if (!settings.accepting()) {
            return new Answering(Outcome.CLOSED, List.of());
        }
        if (surveys.hasAnswered(r.eventId(), r.id())) {
            return new Answering(Outcome.ALREADY_ANSWERED, List.of());
        }
        var refusals = new ArrayList<Refusal>();
        var values = QuestionService.read(questions.asked(r.eventId(), Questionnaire.SURVEY), answers.values(), refusals);
        if (!refusals.isEmpty()) {
            return new Answering(Outcome.REFUSED, refusals);
        }
        if (!surveys.markAnswered(r.eventId(), r.id())) {
            return new Answering(Outcome.ALREADY_ANSWERED, List.of());
        }
        long response = surveys.insertResponse(r.eventId(), settings.anonymous() ? null : r.id(), LocalDate.now());
        questions.storeForResponse(response, values);
        return new Answering(Outcome.ANSWERED, List.of());
    }

    /** Counts for the choices (each one, in its order), yes/no and numbers; the latest texts otherwise. */
    @Transactional(readOnly = true)
    public SurveyResults results(long eventId, Locale locale) {
        var language = locale.getLanguage();
        var results = new ArrayList<QuestionResult>();
        for (var q : questions.questions(eventId, Questionnaire.SURVEY)) {
            var tallies = questions.tallies(q.id());
            var counts = new ArrayList<Count>();
            var texts = List.<String>of();
            if (q.type().hasChoices()) {
                q.choices().forEach(c -> counts.add(new Count(c.label(language), tallies.stream()
                        .filter(t -> t.answer().equals(c.fr())).mapToInt(QuestionService.Tally::count).sum())));
            } else if (q.type() == QuestionType.YES_NO) {
                for (var value : List.of(AnswerRules.YES, AnswerRules.NO)) {
                    counts.add(new Count(messages.getMessage(AnswerRules.YES.equals(value) ? "question.yes"
                            : "question.no", null, locale), tallies.stream().filter(t -> t.answer().equals(value))
                            .mapToInt(QuestionService.Tally::count).sum()));
                }
            } else if (q.type() == QuestionType.NUMBER || q.type() == QuestionType.DATE) {
                tallies.stream().sorted(java.util.Comparator.comparing(QuestionService.Tally::answer))
                        .forEach(t -> counts.add(new Count(t.answer(), t.count())));
            } else {
                texts = questions.texts(q.id(), TEXTS_SHOWN);
            }
            results.add(new QuestionResult(q.id(), q.label(language), q.type().name(), questions.answered(q.id()),
                    counts, texts));
        }
        return new SurveyResults(surveys.responses(eventId), results);
    }
}
