package fr.journees.questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.annotation.Validated;

import fr.journees.base.database.Writes;
import fr.journees.registration.RegistrationRefusals.Refusal;
import jakarta.validation.Valid;

/**
 * The only writer of the questions and their answers. A question people have answered keeps their
 * answers whatever the organiser changes: its wording, help, order, group and whether it is required
 * may change, but its type may not, nor may an answered choice be removed or renamed, nor the question
 * be deleted (it is retired from the form instead) — such a change is refused with what to do instead.
 */
@Service
@Validated
public class QuestionService {

    /** How many gave that answer, among how many who answered the question. */
    public record Tally(String answer, int count) {
    }

    private static final long FRESHNESS_MS = 1000;
    private static final int KEPT_LISTS = 256;

    private final QuestionRepository questions;
    private final Writes.Counter writes;
    private final Map<String, Kept> recent = new java.util.concurrent.ConcurrentHashMap<>();
    private final QuestionCopies copies;

    QuestionService(QuestionRepository questions, QuestionCopies copies, Writes writes) {
        this.writes = writes.to(QuestionRepository.READ_FROM);
        this.questions = questions;
        this.copies = copies;
    }

    /**
     * A duplicated day gets the registration questions of its source, in order; one limited to a parcours
     * or atelier follows the group of the same name, or is copied off the form when there is none yet.
     */
    @org.springframework.context.event.EventListener
    @Transactional
    public void copyOnDuplication(fr.journees.event.EventDuplicated duplicated) {
        for (var q : questions.of(duplicated.sourceEventId(), Questionnaire.REGISTRATION)) {
            questions.insert(duplicated.copyEventId(), Questionnaire.REGISTRATION,
                    copies.inCopy(q, duplicated.copyEventId()));
        }
    }

    @Transactional(readOnly = true)
    public List<Question> questions(long eventId, Questionnaire form) {
        return questions.of(eventId, form);
    }

    /**
     * The questions still asked, in order. Every registration asks for them, so a list read less than a
     * second ago serves when this node wrote no question since (a change made through another node shows
     * within that second); one plain read otherwise. Only a read made outside any transaction is kept.
     */
    public List<Question> asked(long eventId, Questionnaire form) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // A transaction may see its own questions not committed yet, or an older snapshot: never kept.
            return questions.of(eventId, form).stream().filter(Question::asked).toList();
        }
        var key = eventId + "|" + form;
        long writesBefore = writes.count();
        long now = System.currentTimeMillis();
        var kept = recent.get(key);
        if (kept != null && kept.writes() == writesBefore && now - kept.checkedAt() < FRESHNESS_MS) {
            return kept.questions();
        }
        var asked = questions.of(eventId, form).stream().filter(Question::asked).toList();
        if (recent.size() >= KEPT_LISTS) {
            recent.clear();
        }
        recent.put(key, new Kept(asked, now, writesBefore));
        return asked;
    }

    private record Kept(List<Question> questions, long checkedAt, long writes) {
    }

    @Transactional
    public long add(long eventId, Questionnaire form, @Valid QuestionDraft draft) {
        return questions.insert(eventId, form, forForm(form, draft));
    }

    @Transactional
    public void change(long id, int version, @Valid QuestionDraft draft) {
        var current = questions.byId(id).orElseThrow(() -> stale(id));
        if (current.version() != version) {
            throw stale(id);
        }
        var answered = questions.answered(id);
        if (answered > 0 && current.type() != draft.type()) {
            throw new QuestionRefused("question.refused.type", answered);
        }
        if (answered > 0 && current.type().hasChoices()) {
            var kept = Choice.parse(draft.choices()).stream().map(Choice::fr).toList();
            for (var count : questions.counts(id)) {
                if (!kept.contains(count.answer())) {
                    throw new QuestionRefused("question.refused.choice", count.answer(), count.count());
                }
            }
        }
        if (!questions.update(id, version, forForm(current.form(), draft))) {
            throw stale(id);
        }
    }

    @Transactional
    public void delete(long id) {
        int answered = questions.answered(id);
        if (answered > 0) {
            throw new QuestionRefused("question.refused.delete", answered);
        }
        questions.delete(id);
    }

    /** Moves the question one place up (delta -1) or down (+1) among those of its form. */
    @Transactional
    public void move(long id, int delta) {
        var question = questions.byId(id).orElseThrow(() -> stale(id));
        var order = new ArrayList<>(questions.of(question.eventId(), question.form()).stream().map(Question::id).toList());
        int from = order.indexOf(id);
        int to = Math.max(0, Math.min(order.size() - 1, from + delta));
        order.add(to, order.remove(from));
        questions.renumber(order);
    }

    /** Puts the question just before another one (dropped on it), or last when before is null. */
    @Transactional
    public void moveBefore(long id, Long before) {
        var question = questions.byId(id).orElseThrow(() -> stale(id));
        var order = new ArrayList<>(questions.of(question.eventId(), question.form()).stream().map(Question::id).toList());
        order.remove(id);
        int at = before == null ? -1 : order.indexOf(before);
        order.add(at < 0 ? order.size() : at, id);
        questions.renumber(order);
    }

    @Transactional(readOnly = true)
    public int answered(long questionId) {
        return questions.answered(questionId);
    }

    @Transactional(readOnly = true)
    public List<Tally> tallies(long questionId) {
        return questions.counts(questionId).stream().map(c -> new Tally(c.answer(), c.count())).toList();
    }

    @Transactional(readOnly = true)
    public List<String> texts(long questionId, int limit) {
        return questions.texts(questionId, limit);
    }

    /**
     * Reads the answers given to those questions: the values to store by question, and the refusals.
     * Questions absent from {@code asked} are not read (another group's, or retired).
     */
    public static Map<Long, List<String>> read(List<Question> asked, Map<Long, List<String>> given,
                                              List<Refusal> refusals) {
        var values = new LinkedHashMap<Long, List<String>>();
        for (var question : asked) {
            var reading = AnswerRules.read(question, given.getOrDefault(question.id(), List.of()));
            if (reading.refused()) {
                refusals.add(reading.refusal());
            } else if (!reading.values().isEmpty()) {
                values.put(question.id(), reading.values());
            }
        }
        return values;
    }

    /** Replaces a registration's answers (read by {@link #read}). */
    @Transactional
    public void storeForRegistration(long registrationId, Map<Long, List<String>> values) {
        questions.replaceOfRegistration(registrationId, values);
    }

    /** Stores the answers of a survey response (read by {@link #read}). */
    @Transactional
    public void storeForResponse(long responseId, Map<Long, List<String>> values) {
        questions.insertOfResponse(responseId, values);
    }

    /** The retention period is over: the texts a participant typed go, their other answers stay counted. */
    @Transactional
    public void forgetTyped(long registrationId) {
        questions.deleteTexts(registrationId);
    }

    @Transactional(readOnly = true)
    public Map<Long, Map<Long, List<String>>> answersOf(Collection<Long> registrationIds) {
        return questions.ofRegistrations(registrationIds);
    }

    /** A survey's answers belong to no one on a sheet or at the door: such a question is shown nowhere. */
    private static QuestionDraft forForm(Questionnaire form, QuestionDraft draft) {
        return form == Questionnaire.SURVEY ? draft.shownNowhere() : draft;
    }

    private static OptimisticLockingFailureException stale(long id) {
        return new OptimisticLockingFailureException("Question " + id + " changed meanwhile");
    }
}
