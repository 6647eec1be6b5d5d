-- The livret's look, set per event by organisers: an accent colour (#RRGGBB) and a logo (PNG or JPEG).
ALTER TABLE event ADD COLUMN accent_colour VARCHAR(7) NULL;
ALTER TABLE event ADD COLUMN logo MEDIUMBLOB NULL;
ALTER TABLE event ADD COLUMN logo_type VARCHAR(20) NULL;
ALTER TABLE event ADD CONSTRAINT ck_event_accent CHECK (accent_colour IS NULL OR CHAR_LENGTH(accent_colour) = 7);
ALTER TABLE event ADD CONSTRAINT ck_event_logo_type CHECK (logo_type IS NULL OR logo_type IN ('image/png', 'image/jpeg'));
