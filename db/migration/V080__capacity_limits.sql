-- The capacity limits the records state (0 to 100 000 people), kept by the database too.
ALTER TABLE event DROP CONSTRAINT ck_event_capacity;
ALTER TABLE event ADD CONSTRAINT ck_event_capacity CHECK (capacity IS NULL OR capacity BETWEEN 0 AND 100000);
ALTER TABLE itinerary DROP CONSTRAINT ck_itinerary_capacity;
ALTER TABLE itinerary ADD CONSTRAINT ck_itinerary_capacity CHECK (capacity IS NULL OR capacity BETWEEN 0 AND 100000);
ALTER TABLE workshop DROP CONSTRAINT ck_workshop_capacity;
ALTER TABLE workshop ADD CONSTRAINT ck_workshop_capacity CHECK (capacity IS NULL OR capacity BETWEEN 0 AND 100000);
