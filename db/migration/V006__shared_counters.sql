-- Counters that several application nodes share (rate limits): hits of one name in one time window.
-- Old windows are deleted by the nodes as they go.
CREATE TABLE shared_counter (
    name         VARCHAR(200) NOT NULL,
    window_start DATETIME     NOT NULL,
    hits         BIGINT       NOT NULL,
    PRIMARY KEY (name, window_start),
    CONSTRAINT ck_shared_counter_hits CHECK (hits >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_shared_counter_window ON shared_counter (window_start);
