-- Organisers' personal-data tools (issue 16): erasure of a person everywhere with a recorded reason,
-- exports, accounts deactivated and anonymised. The log keeps the reason and the counts, never the person.
ALTER TABLE privacy_log ADD COLUMN reason VARCHAR(500) NULL;
ALTER TABLE privacy_log ADD COLUMN fiches INT NOT NULL DEFAULT 0;
ALTER TABLE privacy_log DROP CONSTRAINT ck_privacy_log_action;
ALTER TABLE privacy_log ADD CONSTRAINT ck_privacy_log_action CHECK (action IN ('RETENTION_RUN', 'ANONYMISED_DAY',
    'SELF_ERASURE', 'SELF_EXPORT', 'PERSON_EXPORT', 'PERSON_ERASURE', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED',
    'ACCOUNT_ANONYMISED'));
ALTER TABLE privacy_log ADD CONSTRAINT ck_privacy_log_reason
    CHECK (action <> 'PERSON_ERASURE' OR CHAR_LENGTH(TRIM(reason)) > 0);

-- Set once an account's person is removed (name, login, password): it stays for the work it signed.
ALTER TABLE account ADD COLUMN anonymised_at TIMESTAMP(6) NULL;
ALTER TABLE account ADD CONSTRAINT ck_account_anonymised CHECK (anonymised_at IS NULL OR enabled = FALSE);
