package fr.journees.questions;

import fr.journees.registration.AskedQuestion.Input;

/** What a question asks for; choices belong to the two choice types only. */
public enum QuestionType {
    SHORT_TEXT, LONG_TEXT, ONE_CHOICE, SEVERAL_CHOICES, YES_NO, NUMBER, DATE;

    public boolean hasChoices() {
        return this == ONE_CHOICE || this == SEVERAL_CHOICES;
    }

    public Input input() {
        return Input.valueOf(name());
    }

    public String labelKey() {
        return "question.type." + name();
    }
}
