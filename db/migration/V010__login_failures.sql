-- Failed logins, per submitted account e-mail (known or not) and per client address, so that every
-- application node behind the proxy throttles alike. Rows older than the throttling window are purged.
CREATE TABLE login_failure (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email     VARCHAR(320) NOT NULL,
    address   VARCHAR(64)  NOT NULL,
    failed_at DATETIME(6)  NOT NULL,
    CONSTRAINT ck_login_failure_email CHECK (CHAR_LENGTH(email) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_login_failure_email ON login_failure (email, failed_at);
CREATE INDEX ix_login_failure_address ON login_failure (address, failed_at);
CREATE INDEX ix_login_failure_failed_at ON login_failure (failed_at);
