package fr.journees.questions;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the organiser edits of a question; choices one a line, "français | english". A choice question
 * needs two choices; a question is limited to one parcours or one atelier, not both. onSheets and atCheckin
 * only mean something on the registration form: a survey's answers belong to no one at the door.
 */
public record QuestionDraft(@NotNull QuestionType type,
                            @NotBlank @Size(max = 300) String labelFr,
                            @Size(max = 300) String labelEn,
                            @Size(max = 1000) String helpFr,
                            @Size(max = 1000) String helpEn,
                            boolean required,
                            @Size(max = 5000) String choices,
                            Long itineraryId,
                            Long workshopId,
                            boolean asked,
                            boolean onSheets,
                            boolean atCheckin) {

    public static QuestionDraft empty() {
        return new QuestionDraft(QuestionType.SHORT_TEXT, null, null, null, null, false, null, null, null,
        true, false, false);
    }

    /** The same question shown neither on the sheets nor at the door (what a survey's question must be). */
    public QuestionDraft shownNowhere() {
        return new QuestionDraft(type, labelFr, labelEn, helpFr, helpEn, required, choices, itineraryId, workshopId,
                asked, false, false);
    }

    @AssertTrue(message = "question.error.choicesNeeded")
    public boolean isChoicesGiven() {
        return type == null || !type.hasChoices() || Choice.parse(choices).size() >= 2;
    }

    @AssertTrue(message = "question.error.oneScope")
    public boolean isOneScope() {
        return itineraryId == null || workshopId == null;
    }
}
