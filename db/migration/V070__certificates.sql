-- Certificates of attendance ("attestations de présence"): who signs them for a day, and the image of
-- the signature or stamp printed above the name. One row per day that has set them.
CREATE TABLE certificate_settings (
    event_id        BIGINT       NOT NULL PRIMARY KEY,
    signatory_name  VARCHAR(200) NULL,
    signatory_role  VARCHAR(200) NULL,
    signed_at_place VARCHAR(200) NULL,
    signature       MEDIUMBLOB   NULL,
    signature_type  VARCHAR(20)  NULL,
    version         INT          NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_certificate_settings_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT ck_certificate_signature_type CHECK (signature_type IS NULL OR signature_type IN ('image/png', 'image/jpeg')),
    CONSTRAINT ck_certificate_signature_pair CHECK ((signature IS NULL AND signature_type IS NULL)
                                                    OR (signature IS NOT NULL AND signature_type IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
