-- Check-in at the door (accueil).
-- The check-in code printed on the badge and sent in the confirmation: 8 characters of Crockford's
-- base 32 (no I, L, O, U), distinct from the personal-link token, which must never be printed.
-- Nullable so that rows inserted by other means still insert; the application sets it on every insert.
ALTER TABLE registration ADD COLUMN checkin_code VARCHAR(8) NULL;
-- Who recorded the arrival (account e-mail, or the volunteers' link) and at which door.
ALTER TABLE registration ADD COLUMN checked_in_by VARCHAR(254) NULL;
ALTER TABLE registration ADD COLUMN checked_in_door VARCHAR(60) NULL;
-- Set when an organiser closes the day's check-in on those still absent; cleared to undo it.
ALTER TABLE registration ADD COLUMN no_show_at TIMESTAMP(6) NULL;
-- Why an organiser gave a place beyond the capacity (a walk-in at a full day).
ALTER TABLE registration ADD COLUMN forced_reason VARCHAR(500) NULL;

-- Existing registrations get a code derived from their random token.
UPDATE registration SET checkin_code = CONCAT(
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + MOD(ASCII(SUBSTRING(token, 1, 1)), 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + MOD(ASCII(SUBSTRING(token, 2, 1)), 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + MOD(ASCII(SUBSTRING(token, 3, 1)), 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + MOD(ASCII(SUBSTRING(token, 4, 1)), 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + MOD(ASCII(SUBSTRING(token, 5, 1)), 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + MOD(ASCII(SUBSTRING(token, 6, 1)), 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + MOD(ASCII(SUBSTRING(token, 7, 1)), 32), 1),
    SUBSTRING('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + MOD(ASCII(SUBSTRING(token, 8, 1)), 32), 1))
WHERE checkin_code IS NULL;

ALTER TABLE registration ADD CONSTRAINT uk_registration_checkin_code UNIQUE (checkin_code);
ALTER TABLE registration ADD CONSTRAINT ck_registration_checkin_code CHECK (checkin_code IS NULL OR CHAR_LENGTH(checkin_code) = 8);
ALTER TABLE registration ADD CONSTRAINT ck_registration_forced_reason CHECK (forced_reason IS NULL OR CHAR_LENGTH(TRIM(forced_reason)) > 0);
-- The door screens poll "what changed since" on this index.
CREATE INDEX ix_registration_event_updated ON registration (event_id, updated_at);

-- An organiser closes the day's check-in (marking no-shows); deleting the row re-opens it.
CREATE TABLE attendance_closure (
    event_id   BIGINT       NOT NULL PRIMARY KEY,
    closed_at  DATETIME(6)  NOT NULL,
    closed_by  VARCHAR(254) NULL,
    CONSTRAINT fk_attendance_closure_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The volunteers' secret link of a day: no row = off (the default); only the SHA-256 of the secret
-- is kept; it stops working at expires_at (the end of the day) or when the row is deleted (revoked).
CREATE TABLE checkin_link (
    event_id    BIGINT       NOT NULL PRIMARY KEY,
    secret_hash CHAR(64)     NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(254) NULL,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_checkin_link_secret_hash UNIQUE (secret_hash),
    CONSTRAINT fk_checkin_link_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT ck_checkin_link_secret_hash CHECK (CHAR_LENGTH(secret_hash) = 64)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
