-- Personal data (issue 16).
-- Consent is kept with its time and the version of the privacy notice shown, for data and photos apart.
-- Rows written before this version have no time (NULL): nobody can say now what they were shown.
ALTER TABLE registration ADD COLUMN consent_data_at TIMESTAMP(6) NULL;
ALTER TABLE registration ADD COLUMN consent_photos_at TIMESTAMP(6) NULL;
ALTER TABLE registration ADD COLUMN consent_notice_version VARCHAR(20) NULL;
-- Set when the retention job removed the person from the row (what the report counts stays).
ALTER TABLE registration ADD COLUMN anonymised_at TIMESTAMP(6) NULL;
CREATE INDEX ix_registration_anonymised ON registration (event_id, anonymised_at);

-- What organisers set of a day's privacy notice: their contact and the retention period (NULL = the
-- installation's default). No row = defaults.
CREATE TABLE event_privacy (
    event_id          BIGINT       NOT NULL PRIMARY KEY,
    contact           VARCHAR(300) NULL,
    retention_months  INT          NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_event_privacy_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT ck_event_privacy_retention CHECK (retention_months IS NULL OR retention_months BETWEEN 1 AND 120)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lease on a scheduled job, so that it runs on one application node at a time: taken by one
-- conditional UPDATE on a row that exists (inserted once, INSERT IGNORE).
CREATE TABLE job_lease (
    job_name  VARCHAR(100) NOT NULL PRIMARY KEY,
    holder    VARCHAR(200) NOT NULL,
    until     TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was done with personal data: who, when, what, on which day, how many rows; never the data itself.
CREATE TABLE privacy_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    happened_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    actor       VARCHAR(254) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    event_id    BIGINT       NULL,
    registrations INT        NOT NULL DEFAULT 0,
    mails       INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_privacy_log_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE SET NULL,
    CONSTRAINT ck_privacy_log_action CHECK (action IN ('RETENTION_RUN', 'ANONYMISED_DAY', 'SELF_ERASURE', 'SELF_EXPORT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_privacy_log_time ON privacy_log (happened_at);
CREATE INDEX ix_privacy_log_event ON privacy_log (event_id, happened_at);
