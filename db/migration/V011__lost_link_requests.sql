-- "Lien perdu" requests, per client address and per e-mail of an event, to stop mail-bombing from any
-- node. The e-mail is kept only as its SHA-256: the table must not become a list of addresses.
CREATE TABLE lost_link_request (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     BIGINT      NOT NULL,
    email_hash   CHAR(64)    NOT NULL,
    address      VARCHAR(64) NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_lost_link_request_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT ck_lost_link_request_hash CHECK (CHAR_LENGTH(email_hash) = 64)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_lost_link_request_email ON lost_link_request (event_id, email_hash, requested_at);
CREATE INDEX ix_lost_link_request_address ON lost_link_request (address, requested_at);
CREATE INDEX ix_lost_link_request_requested_at ON lost_link_request (requested_at);
