package fr.journees.registration;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import fr.journees.registration.RegistrationRefusals.Refusal;

/**
 * A day's own questions, asked with its registration. The questions feature implements it, so that
 * registration (its form, personal page, grid and exports) asks its questions without depending on it.
 * The answers are checked before the registration is sent and stored right after it, by
 * {@link AnsweredRegistrations}.
 */
public interface DayQuestions {

    /** The questions the registration form of that day asks, in order, in that language ("fr" or "en"). */
    List<AskedQuestion> asked(long eventId, String language);

    /**
     * What is wrong with those answers for someone with that parcours and atelier (a question limited to
     * another group is not checked), each refusal naming the question's field.
     */
    List<Refusal> refusals(long eventId, Answers answers, Long itineraryId, Long workshopId);

    /** Replaces the registration's answers by those (read as {@link #refusals} accepted them). */
    void store(long eventId, long registrationId, Answers answers, Long itineraryId, Long workshopId);

    /** The registration's stored answers, by question. */
    Answers answersOf(long registrationId);

    /** The stored answers of those registrations (one without answers is left out). */
    Map<Long, Answers> answersOf(Collection<Long> registrationIds);

    /** Deletes the texts the participant typed (their choices, yes/no, numbers and dates are kept). */
    void forgetTyped(long registrationId);

    /** Column titles and each registration's answers as text, for the grid and the exports. */
    AnswerColumns columns(long eventId, String language, Collection<Long> registrationIds);

    /**
     * For each of those registrations, its answers to the questions the organiser shows there, in the
     * form's order, as "question: answer" pairs; a registration that answered none of them is left out.
     */
    Map<Long, List<ShownAnswer>> shown(long eventId, ShownAt where, String language, Collection<Long> registrationIds);

    /** Where, besides the grid and the exports, the organiser may show a question's answers. */
    enum ShownAt {
        SIGN_IN_SHEETS, DOOR
    }

    /** A question's label and one person's answer to it as text ("Transport" / "en bus, à vélo"). */
    record ShownAnswer(String question, String answer) {

        /** "Venez-vous en bus ?" is followed by its answer as it is; "Transport" needs a colon first. */
        public boolean endsAsAQuestion() {
            var label = question.strip();
            return label.endsWith("?") || label.endsWith(":");
        }
    }

    /** The day's answers as columns: headers in order, and for each registration its cells in that order. */
    record AnswerColumns(List<String> headers, Map<Long, List<String>> cells) {

        public static final AnswerColumns NONE = new AnswerColumns(List.of(), Map.of());

        public List<String> of(long registrationId) {
            return cells.getOrDefault(registrationId, headers.stream().map(h -> "").toList());
        }
    }

    /** No questions at all: what registration uses when no feature contributes them. */
    DayQuestions NONE = new DayQuestions() {
        @Override
        public List<AskedQuestion> asked(long eventId, String language) {
            return List.of();
        }

        @Override
        public List<Refusal> refusals(long eventId, Answers answers, Long itineraryId, Long workshopId) {
            return List.of();
        }

        @Override
        public void store(long eventId, long registrationId, Answers answers, Long itineraryId, Long workshopId) {
        }

        @Override
        public Answers answersOf(long registrationId) {
            return Answers.NONE;
        }

        @Override
        public Map<Long, Answers> answersOf(Collection<Long> registrationIds) {
            return Map.of();
        }

        @Override
        public void forgetTyped(long registrationId) {
        }

        @Override
        public AnswerColumns columns(long eventId, String language, Collection<Long> registrationIds) {
            return AnswerColumns.NONE;
        }

        @Override
        public Map<Long, List<ShownAnswer>> shown(long eventId, ShownAt where, String language,
                                                  Collection<Long> registrationIds) {
            return Map.of();
        }
    };
}
