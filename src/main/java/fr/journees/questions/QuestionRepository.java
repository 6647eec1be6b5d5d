package fr.journees.questions;

import static fr.journees.db.Tables.QUESTION;
import static fr.journees.db.Tables.QUESTION_ANSWER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.val;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/** The questions of each day and their answers (with a registration, or in a survey response). */
@Repository
class QuestionRepository {

    /** How many gave each answer to a question. */
    record Count(String answer, int count) {
    }

    private final DSLContext dsl;

    QuestionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Where the questions are read from: a write there makes a list kept in memory stale. */
    static final Table<?>[] READ_FROM = {QUESTION};

    List<Question> of(long eventId, Questionnaire form) {
        return dsl.selectFrom(QUESTION).where(QUESTION.EVENT_ID.eq(eventId).and(QUESTION.FORM.eq(form.name())))
                .orderBy(QUESTION.POSITION, QUESTION.ID).fetch(QuestionRepository::question);
    }

    Optional<Question> byId(long id) {
        return dsl.selectFrom(QUESTION).where(QUESTION.ID.eq(id)).fetchOptional(QuestionRepository::question);
    }

    long insert(long eventId, Questionnaire form, QuestionDraft d) {
        int next = dsl.select(coalesce(max(QUESTION.POSITION), val(0))).from(QUESTION)
                .where(QUESTION.EVENT_ID.eq(eventId).and(QUESTION.FORM.eq(form.name()))).fetchSingle().value1() + 1;
        return dsl.insertInto(QUESTION).set(QUESTION.EVENT_ID, eventId).set(QUESTION.FORM, form.name())
                .set(QUESTION.POSITION, next).set(QUESTION.TYPE, d.type().name()).set(QUESTION.LABEL_FR, d.labelFr())
                .set(QUESTION.LABEL_EN, d.labelEn()).set(QUESTION.HELP_FR, d.helpFr()).set(QUESTION.HELP_EN, d.helpEn())
                .set(QUESTION.REQUIRED, d.required()).set(QUESTION.CHOICES, choices(d))
                .set(QUESTION.ITINERARY_ID, d.itineraryId()).set(QUESTION.WORKSHOP_ID, d.workshopId())
                .set(QUESTION.ASKED, d.asked()).set(QUESTION.ON_SHEETS, d.onSheets())
                .set(QUESTION.AT_CHECKIN, d.atCheckin())
                .returning(QUESTION.ID).fetchSingle().getId();
    }

    boolean update(long id, int version, QuestionDraft d) {
        return dsl.update(QUESTION).set(QUESTION.TYPE, d.type().name()).set(QUESTION.LABEL_FR, d.labelFr())
                .set(QUESTION.LABEL_EN, d.labelEn()).set(QUESTION.HELP_FR, d.helpFr()).set(QUESTION.HELP_EN, d.helpEn())
                .set(QUESTION.REQUIRED, d.required()).set(QUESTION.CHOICES, choices(d))
                .set(QUESTION.ITINERARY_ID, d.itineraryId()).set(QUESTION.WORKSHOP_ID, d.workshopId())
                .set(QUESTION.ASKED, d.asked()).set(QUESTION.ON_SHEETS, d.onSheets())
                .set(QUESTION.AT_CHECKIN, d.atCheckin()).set(QUESTION.VERSION, QUESTION.VERSION.plus(1))
                .where(QUESTION.ID.eq(id).and(QUESTION.VERSION.eq(version))).execute() == 1;
    }

    void delete(long id) {
        dsl.deleteFrom(QUESTION).where(QUESTION.ID.eq(id)).execute();
    }

    /** Numbers the questions 1, 2, 3… in that order. */
    void renumber(List<Long> idsInOrder) {
        for (int i = 0; i < idsInOrder.size(); i++) {
            dsl.update(QUESTION).set(QUESTION.POSITION, i + 1).where(QUESTION.ID.eq(idsInOrder.get(i))).execute();
        }
    }

    /** How many registrations or responses answered that question. */
    int answered(long questionId) {
        return dsl.select(countDistinct(coalesce(QUESTION_ANSWER.REGISTRATION_ID, QUESTION_ANSWER.RESPONSE_ID.neg())))
                .from(QUESTION_ANSWER).where(QUESTION_ANSWER.QUESTION_ID.eq(questionId)).fetchSingle().value1();
    }

    List<Count> counts(long questionId) {
        return dsl.select(QUESTION_ANSWER.ANSWER, count()).from(QUESTION_ANSWER)
                .where(QUESTION_ANSWER.QUESTION_ID.eq(questionId))
                .groupBy(QUESTION_ANSWER.ANSWER).orderBy(count().desc(), QUESTION_ANSWER.ANSWER)
                .fetch(r -> new Count(r.value1(), r.value2()));
    }

    /** The answers of those registrations: registration → question → values, in the order given. */
    Map<Long, Map<Long, List<String>>> ofRegistrations(Collection<Long> registrationIds) {
        var result = new LinkedHashMap<Long, Map<Long, List<String>>>();
        if (registrationIds.isEmpty()) {
            return result;
        }
        dsl.select(QUESTION_ANSWER.REGISTRATION_ID, QUESTION_ANSWER.QUESTION_ID, QUESTION_ANSWER.ANSWER)
                .from(QUESTION_ANSWER).where(QUESTION_ANSWER.REGISTRATION_ID.in(registrationIds))
                .orderBy(QUESTION_ANSWER.ID)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.value2(), k -> new java.util.ArrayList<>()).add(r.value3()));
        return result;
    }

    /** The text answers of a question, newest first, at most limit. */
    List<String> texts(long questionId, int limit) {
        return dsl.select(QUESTION_ANSWER.ANSWER).from(QUESTION_ANSWER).where(QUESTION_ANSWER.QUESTION_ID.eq(questionId))
                .orderBy(QUESTION_ANSWER.ID.desc()).limit(limit).fetch(r -> r.value1());
    }

    void replaceOfRegistration(long registrationId, Map<Long, List<String>> answers) {
        dsl.deleteFrom(QUESTION_ANSWER).where(QUESTION_ANSWER.REGISTRATION_ID.eq(registrationId)).execute();
        answers.forEach((questionId, values) -> values.forEach(value -> dsl.insertInto(QUESTION_ANSWER)
                .set(QUESTION_ANSWER.QUESTION_ID, questionId).set(QUESTION_ANSWER.REGISTRATION_ID, registrationId)
                .set(QUESTION_ANSWER.ANSWER, value).execute()));
    }

    void deleteTexts(long registrationId) {
        dsl.deleteFrom(QUESTION_ANSWER).where(QUESTION_ANSWER.REGISTRATION_ID.eq(registrationId))
                .and(QUESTION_ANSWER.QUESTION_ID.in(dsl.select(QUESTION.ID).from(QUESTION)
                        .where(QUESTION.TYPE.in(QuestionType.SHORT_TEXT.name(), QuestionType.LONG_TEXT.name()))))
                .execute();
    }

    void insertOfResponse(long responseId, Map<Long, List<String>> answers) {
        answers.forEach((questionId, values) -> values.forEach(value -> dsl.insertInto(QUESTION_ANSWER)
                .set(QUESTION_ANSWER.QUESTION_ID, questionId).set(QUESTION_ANSWER.RESPONSE_ID, responseId)
                .set(QUESTION_ANSWER.ANSWER, value).execute()));
    }

    private static String choices(QuestionDraft d) {
        return d.type().hasChoices() ? Choice.format(Choice.parse(d.choices())) : null;
    }

    private static Question question(Record r) {
        return new Question(r.get(QUESTION.ID), r.get(QUESTION.EVENT_ID), Questionnaire.valueOf(r.get(QUESTION.FORM)),
                r.get(QUESTION.POSITION), QuestionType.valueOf(r.get(QUESTION.TYPE)), r.get(QUESTION.LABEL_FR),
                r.get(QUESTION.LABEL_EN), r.get(QUESTION.HELP_FR), r.get(QUESTION.HELP_EN), r.get(QUESTION.REQUIRED),
                Choice.parse(r.get(QUESTION.CHOICES)), r.get(QUESTION.ITINERARY_ID), r.get(QUESTION.WORKSHOP_ID),
                r.get(QUESTION.ASKED), r.get(QUESTION.ON_SHEETS), r.get(QUESTION.AT_CHECKIN), r.get(QUESTION.VERSION));
    }
}
