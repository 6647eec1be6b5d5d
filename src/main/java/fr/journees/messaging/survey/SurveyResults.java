package fr.journees.messaging.survey;

import java.util.List;

/**
 * What a day's survey gave: how many answered, and for each question its counts (every choice, even
 * unchosen, in its order) or its latest texts.
 */
public record SurveyResults(int responses, List<QuestionResult> questions) {

    public record QuestionResult(long questionId, String label, String type, int answered, List<Count> counts,
                                 List<String> texts) {

        /** The largest count, so that bars are drawn against it. */
        public int highest() {
            return counts.stream().mapToInt(Count::count).max().orElse(0);
        }
    }

    public record Count(String answer, int count) {

        /** Share of the highest count, 0–100, for a bar. */
        public int percentOf(int highest) {
            return highest == 0 ? 0 : Math.round(100f * count / highest);
        }
    }
}
