package fr.journees.registration;

import java.util.List;

/**
 * One of a day's own questions as a registration form shows it, in the reader's language: what to type
 * (input), the label and help, whether it must be answered, the choices offered (their values are the
 * stored answers; labels are what the reader sees), and the parcours or atelier it is limited to.
 * {@link #field()} is its form field name, and the field a refusal names.
 */
public record AskedQuestion(long id, Input input, String label, String help, boolean required,
                            List<Option> options, Long itineraryId, Long workshopId, String scopeLabel) {

    /** What the participant is asked to give. */
    public enum Input { SHORT_TEXT, LONG_TEXT, ONE_CHOICE, SEVERAL_CHOICES, YES_NO, NUMBER, DATE }

    /** A choice: value is what is stored, label what is shown. */
    public record Option(String value, String label) {
    }

    public AskedQuestion {
        options = List.copyOf(options);
    }

    public String field() {
        return fieldOf(id);
    }

    public static String fieldOf(long questionId) {
        return "q" + questionId;
    }

    /** Whether someone with that parcours and atelier is asked it (a question of no group is asked of all). */
    public boolean appliesTo(Long itineraryId, Long workshopId) {
        return (this.itineraryId == null || this.itineraryId.equals(itineraryId))
                && (this.workshopId == null || this.workshopId.equals(workshopId));
    }
}
