-- Whether a registration question's answers are printed under each name on the sign-in sheets, and shown
-- on the person's card at the door (e.g. "Transport : en bus"). Off for every existing question; the
-- service keeps them off for survey questions, whose answers belong to no registration.
ALTER TABLE question
    ADD COLUMN on_sheets  BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN at_checkin BOOLEAN NOT NULL DEFAULT FALSE;
