-- Messages of organisers to all or some registrants of a day, and who received each one (for their
-- personal page). The mails themselves go through mail_outbox.
CREATE TABLE message (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT       NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    body            TEXT         NOT NULL,
    audience        VARCHAR(500) NOT NULL,
    recipient_count INT          NOT NULL,
    sent_by         VARCHAR(254) NOT NULL,
    sent_at         TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_message_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT ck_message_subject CHECK (CHAR_LENGTH(TRIM(subject)) > 0),
    CONSTRAINT ck_message_body CHECK (CHAR_LENGTH(TRIM(body)) > 0),
    CONSTRAINT ck_message_count CHECK (recipient_count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_message_event ON message (event_id, sent_at);

CREATE TABLE message_recipient (
    message_id      BIGINT NOT NULL,
    registration_id BIGINT NOT NULL,
    PRIMARY KEY (message_id, registration_id),
    CONSTRAINT fk_message_recipient_message FOREIGN KEY (message_id) REFERENCES message (id) ON DELETE CASCADE,
    CONSTRAINT fk_message_recipient_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_message_recipient_registration ON message_recipient (registration_id);

-- The reminder before the day and the thank-you after it, per day: off until the organiser turns them on.
CREATE TABLE scheduled_mail_settings (
    event_id             BIGINT       NOT NULL PRIMARY KEY,
    reminder_enabled     BOOLEAN      NOT NULL DEFAULT FALSE,
    reminder_days_before INT          NOT NULL DEFAULT 2,
    reminder_subject     VARCHAR(200) NOT NULL,
    reminder_body        TEXT         NOT NULL,
    thanks_enabled       BOOLEAN      NOT NULL DEFAULT FALSE,
    thanks_subject       VARCHAR(200) NOT NULL,
    thanks_body          TEXT         NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    updated_at           TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_scheduled_mail_settings_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT ck_scheduled_mail_days CHECK (reminder_days_before BETWEEN 1 AND 30)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per registration and kind, inserted in the transaction that queues the mail: the unique key
-- is what makes a second run, a second node or a restart send nothing twice.
CREATE TABLE scheduled_mail_sent (
    registration_id BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    sent_at         TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (registration_id, kind),
    CONSTRAINT fk_scheduled_mail_sent_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_scheduled_mail_kind CHECK (kind IN ('REMINDER', 'THANKS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
