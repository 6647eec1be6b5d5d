package fr.journees.questions;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.journees.registration.AskedQuestion;

/** A question as a form shows it in the reader's language, whichever form asks it (registration, survey). */
@Component
public class AskedQuestions {

    private final MessageSource messages;

    AskedQuestions(MessageSource messages) {
        this.messages = messages;
    }

    public AskedQuestion of(Question q, Locale locale, String scopeLabel) {
        var language = locale.getLanguage();
        return new AskedQuestion(q.id(), q.type().input(), q.label(language), q.help(language), q.required(),
                options(q, locale), q.itineraryId(), q.workshopId(), scopeLabel);
    }

    public List<AskedQuestion> of(List<Question> questions, Locale locale) {
        return questions.stream().map(q -> of(q, locale, null)).toList();
    }

    private List<AskedQuestion.Option> options(Question q, Locale locale) {
        if (q.type() == QuestionType.YES_NO) {
            return List.of(new AskedQuestion.Option(AnswerRules.YES, messages.getMessage("question.yes", null, locale)),
                    new AskedQuestion.Option(AnswerRules.NO, messages.getMessage("question.no", null, locale)));
        }
        return q.choices().stream().map(c -> new AskedQuestion.Option(c.fr(), c.label(locale.getLanguage()))).toList();
    }
}
