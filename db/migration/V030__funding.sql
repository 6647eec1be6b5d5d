-- Financement: the financier category of each line (as in a programming committee's table), and at
-- most one self-financing line per event. A self-financing line has no category; every other has one.
-- self_financing_key is TRUE on the self-financing line and NULL elsewhere, so that the unique key
-- (event_id, self_financing_key) allows one such line per event and any number of funders.
-- A line written without a category (before this screen existed, say) is an "other partner".
ALTER TABLE funder ADD COLUMN category VARCHAR(20) NULL DEFAULT 'OTHER_PARTNER';
ALTER TABLE funder ADD COLUMN self_financing_key BOOLEAN NULL;
UPDATE funder SET category = NULL, self_financing_key = TRUE WHERE self_financing = TRUE;
ALTER TABLE funder ADD CONSTRAINT ck_funder_category CHECK (
    (self_financing = TRUE AND category IS NULL AND self_financing_key IS NOT NULL AND self_financing_key = TRUE)
    OR (self_financing = FALSE AND self_financing_key IS NULL AND category IS NOT NULL
        AND category IN ('EUROPEAN_UNION', 'STATE', 'REGION', 'OTHER_PUBLIC', 'OTHER_PARTNER')));
ALTER TABLE funder ADD CONSTRAINT uk_funder_self_financing UNIQUE (event_id, self_financing_key);
ALTER TABLE funder ADD CONSTRAINT ck_funder_name CHECK (CHAR_LENGTH(TRIM(name)) > 0);
