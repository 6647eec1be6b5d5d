package fr.journees.questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.journees.itinerary.ItineraryService;
import fr.journees.registration.Answers;
import fr.journees.registration.AskedQuestion;
import fr.journees.registration.DayQuestions;
import fr.journees.registration.DayQuestions.ShownAnswer;
import fr.journees.registration.DayQuestions.ShownAt;
import fr.journees.registration.RegistrationRefusals.Refusal;
import fr.journees.workshop.WorkshopService;

/** The day's registration questions, as the registration feature asks them (see {@link DayQuestions}). */
@Component
class RegistrationQuestions implements DayQuestions {

    private final QuestionService questions;
    private final ItineraryService itineraries;
    private final WorkshopService workshops;
    private final MessageSource messages;
    private final AskedQuestions forms;

    RegistrationQuestions(QuestionService questions, ItineraryService itineraries, WorkshopService workshops,
                          MessageSource messages, AskedQuestions forms) {
        this.forms = forms;
        this.questions = questions;
        this.itineraries = itineraries;
        this.workshops = workshops;
        this.messages = messages;
    }

    @Override
    public List<AskedQuestion> asked(long eventId, String language) {
        var asked = questions.asked(eventId, Questionnaire.REGISTRATION);
        if (asked.isEmpty()) {
            return List.of();
        }
        var locale = Locale.of(language);
        var groups = new HashMap<String, String>();
        if (asked.stream().anyMatch(q -> q.itineraryId() != null)) {
            itineraries.forEvent(eventId).forEach(i -> groups.put("i" + i.id(), i.name()));
        }
        if (asked.stream().anyMatch(q -> q.workshopId() != null)) {
            workshops.forEvent(eventId).forEach(w -> groups.put("w" + w.id(), w.title()));
        }
        return asked.stream().map(q -> forms.of(q, locale, scope(q, groups, locale))).toList();
    }

    @Override
    public List<Refusal> refusals(long eventId, Answers answers, Long itineraryId, Long workshopId) {
        var refusals = new ArrayList<Refusal>();
        QuestionService.read(applying(eventId, itineraryId, workshopId), answers.values(), refusals);
        return refusals;
    }

    @Override
    public void store(long eventId, long registrationId, Answers answers, Long itineraryId, Long workshopId) {
        var refusals = new ArrayList<Refusal>();
        var values = QuestionService.read(applying(eventId, itineraryId, workshopId), answers.values(), refusals);
        // Answers to retired questions were not asked again: they are kept as they were.
        var retired = questions.questions(eventId, Questionnaire.REGISTRATION).stream().filter(q -> !q.asked())
                .map(Question::id).toList();
        var kept = new LinkedHashMap<Long, List<String>>(values);
        questions.answersOf(List.of(registrationId)).getOrDefault(registrationId, Map.of()).forEach((id, given) -> {
            if (retired.contains(id)) {
                kept.put(id, given);
            }
        });
        questions.storeForRegistration(registrationId, kept);
    }

    @Override
    public Answers answersOf(long registrationId) {
        return new Answers(questions.answersOf(List.of(registrationId)).getOrDefault(registrationId, Map.of()));
    }

    @Override
    public Map<Long, Answers> answersOf(Collection<Long> registrationIds) {
        var answers = new LinkedHashMap<Long, Answers>();
        questions.answersOf(registrationIds).forEach((id, given) -> answers.put(id, new Answers(given)));
        return answers;
    }

    @Override
    public void forgetTyped(long registrationId) {
        questions.forgetTyped(registrationId);
    }

    @Override
    public AnswerColumns columns(long eventId, String language, Collection<Long> registrationIds) {
        var all = questions.questions(eventId, Questionnaire.REGISTRATION);
        if (all.isEmpty()) {
            return AnswerColumns.NONE;
        }
        var locale = Locale.of(language);
        var headers = all.stream().map(q -> q.label(language)).toList();
        var answers = questions.answersOf(registrationIds);
        var cells = new LinkedHashMap<Long, List<String>>();
        answers.forEach((registrationId, given) -> cells.put(registrationId, all.stream()
                .map(q -> text(q, given.getOrDefault(q.id(), List.of()), language, locale)).toList()));
        return new AnswerColumns(headers, cells);
    }

    @Override
    public Map<Long, List<ShownAnswer>> shown(long eventId, ShownAt where, String language,
                                              Collection<Long> registrationIds) {
        var shown = questions.asked(eventId, Questionnaire.REGISTRATION).stream()
                .filter(q -> where == ShownAt.SIGN_IN_SHEETS ? q.onSheets() : q.atCheckin()).toList();
        if (shown.isEmpty() || registrationIds.isEmpty()) {
            return Map.of();
        }
        var locale = Locale.of(language);
        var result = new LinkedHashMap<Long, List<ShownAnswer>>();
        questions.answersOf(registrationIds).forEach((registrationId, given) -> {
            var answers = shown.stream().filter(q -> given.containsKey(q.id()))
                    .map(q -> new ShownAnswer(q.label(language), text(q, given.get(q.id()), language, locale)))
                    .toList();
            if (!answers.isEmpty()) {
                result.put(registrationId, answers);
            }
        });
        return result;
    }

    private List<Question> applying(long eventId, Long itineraryId, Long workshopId) {
        return questions.asked(eventId, Questionnaire.REGISTRATION).stream()
                .filter(q -> (q.itineraryId() == null || q.itineraryId().equals(itineraryId))
                        && (q.workshopId() == null || q.workshopId().equals(workshopId))).toList();
    }

    private String scope(Question q, Map<String, String> groups, Locale locale) {
        if (q.itineraryId() != null) {
            return message("question.scope.itinerary", locale, groups.getOrDefault("i" + q.itineraryId(), ""));
        }
        if (q.workshopId() != null) {
            return message("question.scope.workshop", locale, groups.getOrDefault("w" + q.workshopId(), ""));
        }
        return null;
    }

    /** A question's values as one text, comma-separated. */
    private String text(Question q, List<String> values, String language, Locale locale) {
        return String.join(", ", values.stream().map(value -> shown(q, value, language, locale)).toList());
    }

    /** An answer as a reader sees it: yes/no and choices in their language. */
    private String shown(Question q, String value, String language, Locale locale) {
        if (q.type() == QuestionType.YES_NO) {
            return message(AnswerRules.YES.equals(value) ? "question.yes" : "question.no", locale);
        }
        if (q.type().hasChoices()) {
            return q.choices().stream().filter(c -> c.fr().equals(value)).findFirst().map(c -> c.label(language))
                    .orElse(value);
        }
        return value;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
