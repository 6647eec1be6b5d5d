-- A day's own questions: asked on its registration form (form = 'REGISTRATION') or in its survey after
-- the day (form = 'SURVEY'). Choices are one per line, "français | english". A question that people have
-- answered keeps its type and its answered choices (the service refuses such changes), and is retired
-- (asked = FALSE) rather than deleted, so that no answer is lost. One parcours or one atelier, not both, is
-- checked by the service: MariaDB refuses a CHECK on a column that a foreign key sets to NULL.
CREATE TABLE question (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     BIGINT        NOT NULL,
    form         VARCHAR(20)   NOT NULL,
    position     INT           NOT NULL,
    type         VARCHAR(20)   NOT NULL,
    label_fr     VARCHAR(300)  NOT NULL,
    label_en     VARCHAR(300)  NULL,
    help_fr      VARCHAR(1000) NULL,
    help_en      VARCHAR(1000) NULL,
    required     BOOLEAN       NOT NULL DEFAULT FALSE,
    choices      TEXT          NULL,
    itinerary_id BIGINT        NULL,
    workshop_id  BIGINT        NULL,
    asked        BOOLEAN       NOT NULL DEFAULT TRUE,
    version      INT           NOT NULL DEFAULT 0,
    created_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_question_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_question_itinerary FOREIGN KEY (itinerary_id) REFERENCES itinerary (id) ON DELETE SET NULL,
    CONSTRAINT fk_question_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE SET NULL,
    CONSTRAINT ck_question_form CHECK (form IN ('REGISTRATION', 'SURVEY')),
    CONSTRAINT ck_question_type CHECK (type IN ('SHORT_TEXT', 'LONG_TEXT', 'ONE_CHOICE', 'SEVERAL_CHOICES',
                                                'YES_NO', 'NUMBER', 'DATE')),
    CONSTRAINT ck_question_label CHECK (CHAR_LENGTH(TRIM(label_fr)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_question_event ON question (event_id, form, position);

-- An answer: one row per value (several for "several choices"), given either with a registration or in
-- a survey response (response_id, see V091). Erasing the registration erases its answers.
CREATE TABLE question_answer (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id     BIGINT        NOT NULL,
    registration_id BIGINT        NULL,
    response_id     BIGINT        NULL,
    answer          VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_question_answer_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE,
    CONSTRAINT fk_question_answer_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_question_answer_one_owner CHECK ((registration_id IS NULL AND response_id IS NOT NULL)
                                                   OR (registration_id IS NOT NULL AND response_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_question_answer_registration ON question_answer (registration_id);
CREATE INDEX idx_question_answer_question ON question_answer (question_id);
CREATE INDEX idx_question_answer_response ON question_answer (response_id);
