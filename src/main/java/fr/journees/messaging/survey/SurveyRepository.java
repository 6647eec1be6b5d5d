package fr.journees.messaging.survey;

import static fr.journees.db.Tables.SURVEY;
import static fr.journees.db.Tables.SURVEY_PARTICIPATION;
import static fr.journees.db.Tables.SURVEY_RESPONSE;

import java.time.LocalDate;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Each day's survey settings, who has answered it, and its responses. */
@Repository
class SurveyRepository {

    private final DSLContext dsl;

    SurveyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<SurveySettings> settings(long eventId) {
        return dsl.select(SURVEY.ANONYMOUS, SURVEY.ACCEPTING, SURVEY.VERSION).from(SURVEY)
                .where(SURVEY.EVENT_ID.eq(eventId))
                .fetchOptional(r -> new SurveySettings(r.value1(), r.value2(), r.value3()));
    }

    /** Creates the settings row; false when another request (or node) created it first. */
    boolean create(long eventId) {
        return dsl.insertInto(SURVEY, SURVEY.EVENT_ID).values(eventId).onDuplicateKeyIgnore().execute() == 1;
    }

    boolean update(long eventId, int version, boolean anonymous, boolean accepting) {
        return dsl.update(SURVEY).set(SURVEY.ANONYMOUS, anonymous).set(SURVEY.ACCEPTING, accepting)
                .set(SURVEY.VERSION, SURVEY.VERSION.plus(1))
                .where(SURVEY.EVENT_ID.eq(eventId).and(SURVEY.VERSION.eq(version))).execute() == 1;
    }

    boolean hasAnswered(long eventId, long registrationId) {
        return dsl.fetchExists(SURVEY_PARTICIPATION, SURVEY_PARTICIPATION.EVENT_ID.eq(eventId)
                .and(SURVEY_PARTICIPATION.REGISTRATION_ID.eq(registrationId)));
    }

    /** Marks the participant as having answered; false when they had already (the key is theirs once). */
    boolean markAnswered(long eventId, long registrationId) {
        return dsl.insertInto(SURVEY_PARTICIPATION, SURVEY_PARTICIPATION.EVENT_ID, SURVEY_PARTICIPATION.REGISTRATION_ID)
                .values(eventId, registrationId).onDuplicateKeyIgnore().execute() == 1;
    }

    long insertResponse(long eventId, Long registrationId, LocalDate on) {
        return dsl.insertInto(SURVEY_RESPONSE).set(SURVEY_RESPONSE.EVENT_ID, eventId)
                .set(SURVEY_RESPONSE.REGISTRATION_ID, registrationId).set(SURVEY_RESPONSE.ANSWERED_ON, on)
                .returning(SURVEY_RESPONSE.ID).fetchSingle().getId();
    }

    int responses(long eventId) {
        return dsl.fetchCount(SURVEY_RESPONSE, SURVEY_RESPONSE.EVENT_ID.eq(eventId));
    }
}
