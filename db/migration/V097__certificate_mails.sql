-- Certificates of attendance sent by mail: "all at once" sends to those without a row, so that a second
-- click sends nothing twice; "on request" sends again and updates the row.
CREATE TABLE certificate_sent (
    registration_id BIGINT       NOT NULL PRIMARY KEY,
    sent_at         TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_certificate_sent_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
