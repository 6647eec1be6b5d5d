package fr.journees.questions;

/** Where a question is asked: on the day's registration form, or in its survey after the day. */
public enum Questionnaire {
    REGISTRATION, SURVEY
}
