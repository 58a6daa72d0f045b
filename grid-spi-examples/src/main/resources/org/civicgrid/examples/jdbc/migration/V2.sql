-- points ledger: append-only entries, a row per person to serialise their writers
-- Instants are kept as epoch seconds and nanoseconds, exactly: PostgreSQL's timestamps stop at
-- microseconds. An hours contribution is an ISO-8601 duration.
CREATE SEQUENCE ledger_entry_id;
CREATE TABLE ledger_person (
  person_id VARCHAR(64)${binary_order} PRIMARY KEY
);
CREATE TABLE ledger_entry (
  entry_id BIGINT PRIMARY KEY,
  person_id VARCHAR(64)${binary_order} NOT NULL REFERENCES ledger_person (person_id),
  kind VARCHAR(16) NOT NULL,
  points INTEGER NOT NULL CHECK (points > 0),
  event_id VARCHAR(128)${binary_order} NOT NULL UNIQUE,
  occurred_second BIGINT NOT NULL,
  occurred_nano INTEGER NOT NULL,
  activity VARCHAR(64),
  task_count INTEGER,
  hours VARCHAR(64),
  reverses BIGINT UNIQUE REFERENCES ledger_entry (entry_id),
  note VARCHAR(500) NOT NULL
);
CREATE INDEX ledger_entry_person ON ledger_entry (person_id, entry_id);
CREATE INDEX ledger_entry_occurred ON ledger_entry (occurred_second, occurred_nano);
