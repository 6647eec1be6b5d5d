package fr.journees.questions;

import java.util.List;

/**
 * A question of a day's registration form or survey. asked: still shown (a question people answered is
 * retired rather than deleted, its answers kept); itineraryId or workshopId: the one group it is asked of;
 * onSheets, atCheckin: its answers printed on the sign-in sheets, shown on the cards at the door.
 */
public record Question(long id, long eventId, Questionnaire form, int position, QuestionType type, String labelFr,
                       String labelEn, String helpFr, String helpEn, boolean required, List<Choice> choices,
                       Long itineraryId, Long workshopId, boolean asked, boolean onSheets,
                       boolean atCheckin, int version) {

    public Question {
        choices = List.copyOf(choices);
    }

    public String label(String language) {
        return "en".equals(language) && labelEn != null ? labelEn : labelFr;
    }

    public String help(String language) {
        return "en".equals(language) && helpEn != null ? helpEn : helpFr;
    }

    public QuestionDraft draft() {
        return new QuestionDraft(type, labelFr, labelEn, helpFr, helpEn, required, Choice.format(choices),
                itineraryId, workshopId, asked, onSheets, atCheckin);
    }
}
