-- The registrations' own lock of a day: every transaction that takes or frees a place of an event writes
-- this row first (and only then reads anything), so that on one server such transactions run one after
-- the other per event and always see each other's commits, and on a Galera cluster two of them on two
-- nodes conflict at certification instead of both committing. Its version numbers the transactions of
-- the day in the order they ran; the waiting list is ordered by it.
CREATE TABLE registration_ledger (
    event_id BIGINT NOT NULL PRIMARY KEY,
    version  BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_registration_ledger_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT ck_registration_ledger_version CHECK (version >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A waiting registration's place in the queue: the ledger version of the transaction that put it there
-- (ids do not follow arrival order on a cluster, where each node hands out its own).
ALTER TABLE registration ADD COLUMN queue_number BIGINT NULL;
UPDATE registration SET queue_number = id WHERE status = 'WAITLISTED';
ALTER TABLE registration ADD CONSTRAINT ck_registration_queue CHECK (status <> 'WAITLISTED' OR queue_number IS NOT NULL);

INSERT INTO registration_ledger (event_id, version)
SELECT e.id, COALESCE((SELECT MAX(r.id) FROM registration r), 0) FROM event e;

-- The counts a seat decision reads, and the queue in its order, from the index alone.
CREATE INDEX ix_registration_seats ON registration (event_id, status, assigned_itinerary_id, assigned_workshop_id);
CREATE INDEX ix_registration_queue ON registration (event_id, status, queue_number);
