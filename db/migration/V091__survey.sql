-- The survey after a day: its settings, who has answered (once each), and the answers. An anonymous
-- survey stores its responses without the registration (registration_id NULL), only the marker that
-- the participant has answered; the marker carries no time and a response only its date, so that the
-- two cannot be matched.
CREATE TABLE survey (
    event_id   BIGINT       NOT NULL PRIMARY KEY,
    anonymous  BOOLEAN      NOT NULL DEFAULT TRUE,
    accepting  BOOLEAN      NOT NULL DEFAULT TRUE,
    version    INT          NOT NULL DEFAULT 0,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_survey_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_participation (
    event_id        BIGINT NOT NULL,
    registration_id BIGINT NOT NULL,
    CONSTRAINT pk_survey_participation PRIMARY KEY (event_id, registration_id),
    CONSTRAINT fk_survey_participation_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_participation_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_response (
    id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT NOT NULL,
    registration_id BIGINT NULL,
    answered_on     DATE   NOT NULL,
    CONSTRAINT fk_survey_response_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_response_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
        ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_survey_response_event ON survey_response (event_id);

-- The answers of a response are question answers (V090), tied to it.
ALTER TABLE question_answer
    ADD CONSTRAINT fk_question_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id)
        ON DELETE CASCADE;
