-- Access to the open JSON API (/api/v1): organisers' API keys and the websites allowed to call it
-- from a browser (CORS).

-- A key is shown once when created; only the SHA-256 of its secret is kept, plus its first characters
-- so that people recognise it. event_id NULL: the key reads every event.
CREATE TABLE api_key (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    prefix       VARCHAR(12)  NOT NULL,
    secret_hash  CHAR(64)     NOT NULL,
    event_id     BIGINT       NULL,
    created_by   BIGINT       NULL,
    created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    CONSTRAINT uk_api_key_secret_hash UNIQUE (secret_hash),
    CONSTRAINT fk_api_key_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_api_key_created_by FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_api_key_name CHECK (CHAR_LENGTH(TRIM(name)) > 0),
    CONSTRAINT ck_api_key_prefix CHECK (CHAR_LENGTH(prefix) >= 8),
    CONSTRAINT ck_api_key_secret_hash CHECK (CHAR_LENGTH(secret_hash) = 64),
    CONSTRAINT ck_api_key_revoked CHECK (revoked_at IS NULL OR revoked_at >= created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Origins (scheme://host[:port], lower case, no trailing slash) whose pages may call the public API;
-- '*' allows any.
CREATE TABLE api_origin (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    origin     VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_api_origin_origin UNIQUE (origin),
    CONSTRAINT ck_api_origin_origin CHECK (CHAR_LENGTH(origin) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_api_key_event ON api_key (event_id);
CREATE INDEX ix_api_key_created_by ON api_key (created_by);
