package fr.journees.messaging.survey;

import java.util.List;

import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionType;

/** The questionnaire a day's survey starts with; the organiser changes it as they like. */
final class DefaultSurvey {

    private static final String ONE_TO_FIVE = "1\n2\n3\n4\n5";
    private static final String SCALE_FR = "1 : pas du tout, 5 : tout à fait.";
    private static final String SCALE_EN = "1: not at all, 5: completely.";

    static final List<QuestionDraft> QUESTIONS = List.of(
            new QuestionDraft(QuestionType.ONE_CHOICE, "Dans l’ensemble, êtes-vous satisfait·e de la journée ?",
                    "Overall, were you satisfied with the day?", SCALE_FR, SCALE_EN, true, ONE_TO_FIVE, null, null,
                    true, false, false),
            new QuestionDraft(QuestionType.ONE_CHOICE, "La visite vous a-t-elle été utile ?",
                    "Was the visit useful to you?", SCALE_FR, SCALE_EN, false, ONE_TO_FIVE, null, null,
                    true, false, false),
            new QuestionDraft(QuestionType.ONE_CHOICE, "L’atelier vous a-t-il été utile ?",
                    "Was the workshop useful to you?", SCALE_FR, SCALE_EN, false, ONE_TO_FIVE, null, null,
                    true, false, false),
            new QuestionDraft(QuestionType.LONG_TEXT, "Ce que je vais mettre en place",
                    "What I am going to put in place", "Une action, un contact, une idée à reprendre chez vous.",
                    "An action, a contact, an idea to take home.", false, null, null, null, true, false, false),
            new QuestionDraft(QuestionType.LONG_TEXT, "Vos commentaires", "Your comments", null, null, false, null,
                    null, null, true, false, false));

    private DefaultSurvey() {
    }
}
