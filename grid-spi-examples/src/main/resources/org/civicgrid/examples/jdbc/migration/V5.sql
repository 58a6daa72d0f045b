-- cases: a summary row per case, its events as JSON, the outbox, its dead letters and every notification key used
-- A case is stored as its audit events (case_event, unique per case and sequence, each event's command
-- as JSON) and loaded by replaying them; case_summary holds what CaseStore.find filters by, rewritten
-- with each append in the same transaction, and its version column is what writers lock and compare.
-- Instants are epoch seconds and nanoseconds, exactly. An outbox row leaves when delivered or dead;
-- case_notification_key keeps every key ever accepted, so a key is never used twice.
CREATE TABLE case_summary (
  case_id VARCHAR(64)${binary_order} PRIMARY KEY,
  version INTEGER NOT NULL CHECK (version >= 1),
  category VARCHAR(32) NOT NULL,
  status VARCHAR(32) NOT NULL,
  is_open BOOLEAN NOT NULL,
  grid_code VARCHAR(64)${binary_order},
  reported_second BIGINT NOT NULL,
  reported_nano INTEGER NOT NULL,
  last_second BIGINT NOT NULL,
  last_nano INTEGER NOT NULL
);
-- A grid's open cases: equality on is_open, a range on grid_code (the subtree), then ids in order.
CREATE INDEX case_summary_open_grid ON case_summary (is_open, grid_code, case_id);
CREATE TABLE case_event (
  case_id VARCHAR(64)${binary_order} NOT NULL REFERENCES case_summary (case_id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  kind VARCHAR(32) NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (case_id, seq)
);
CREATE TABLE case_notification_key (
  notification_key VARCHAR(128)${binary_order} PRIMARY KEY,
  case_id VARCHAR(64)${binary_order} NOT NULL
);
CREATE SEQUENCE case_outbox_seq;
CREATE TABLE case_outbox (
  seq BIGINT PRIMARY KEY,
  notification_key VARCHAR(128)${binary_order} NOT NULL UNIQUE,
  case_id VARCHAR(64)${binary_order} NOT NULL,
  notification TEXT NOT NULL,
  attempts INTEGER NOT NULL CHECK (attempts >= 0),
  due_second BIGINT NOT NULL,
  due_nano INTEGER NOT NULL,
  last_failure TEXT,
  claimant TEXT,
  lease_second BIGINT,
  lease_nano INTEGER
);
CREATE TABLE case_dead_letter (
  notification_key VARCHAR(128)${binary_order} PRIMARY KEY,
  case_id VARCHAR(64)${binary_order} NOT NULL,
  notification TEXT NOT NULL,
  attempts INTEGER NOT NULL CHECK (attempts >= 0),
  due_second BIGINT NOT NULL,
  due_nano INTEGER NOT NULL,
  last_failure TEXT NOT NULL
);
