-- What a person typed in a fiche chantier and has not saved yet: one draft per sheet and account,
-- written as they type, so that a closed tab or a dropped connection loses nothing.
CREATE TABLE chantier_sheet_draft (
    sheet_id     BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    base_version INT          NOT NULL,
    content      MEDIUMTEXT   NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (sheet_id, account_id),
    CONSTRAINT fk_chantier_sheet_draft_sheet FOREIGN KEY (sheet_id) REFERENCES chantier_sheet (id) ON DELETE CASCADE,
    CONSTRAINT fk_chantier_sheet_draft_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
