package fr.journees.messaging.survey;

/**
 * How a day's survey is answered. anonymous: responses are stored without the registration, only the
 * marker that the participant has answered; accepting: the survey page takes answers.
 */
public record SurveySettings(boolean anonymous, boolean accepting, int version) {
}
