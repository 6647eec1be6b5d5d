-- What a past day shows on its public page: the banque de projets when the organisers publish it, and
-- the logos of its organisers and partners (PNG or JPEG, like the day's own logo).
ALTER TABLE event ADD COLUMN banque_public BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE organisation ADD COLUMN logo MEDIUMBLOB NULL;
ALTER TABLE organisation ADD COLUMN logo_type VARCHAR(20) NULL;
ALTER TABLE organisation ADD CONSTRAINT ck_organisation_logo_type
    CHECK (logo_type IS NULL OR logo_type IN ('image/png', 'image/jpeg'));
ALTER TABLE organisation ADD CONSTRAINT ck_organisation_logo_pair CHECK ((logo IS NULL) = (logo_type IS NULL));
