-- staff: a row per territory with its version and role catalogue, a row per member, assignment and absence
-- No foreign keys between members, assignments and absences: one write may assign a person before it
-- puts the member, and the domain, not the store, checks references. An assignment at no place has
-- place '' (no place id is empty). Absence times are seconds and nanoseconds of the local date-time
-- read as UTC, exactly and in time order. The catalogue, a member's skills and contacts are JSON;
-- contacts are stored raw.
CREATE TABLE staff_territory (
  territory_id VARCHAR(128)${binary_order} PRIMARY KEY,
  version BIGINT NOT NULL CHECK (version >= 1),
  catalogue TEXT
);
CREATE TABLE staff_member (
  territory_id VARCHAR(128)${binary_order} NOT NULL REFERENCES staff_territory (territory_id) ON DELETE CASCADE,
  person_id VARCHAR(64)${binary_order} NOT NULL,
  name TEXT NOT NULL,
  party_member BOOLEAN NOT NULL,
  employment VARCHAR(16) NOT NULL,
  department_id VARCHAR(64),
  department_name_zh TEXT,
  department_name_en TEXT,
  skills TEXT NOT NULL,
  contacts TEXT NOT NULL,
  PRIMARY KEY (territory_id, person_id)
);
CREATE TABLE staff_assignment (
  territory_id VARCHAR(128)${binary_order} NOT NULL REFERENCES staff_territory (territory_id) ON DELETE CASCADE,
  grid_code VARCHAR(64)${binary_order} NOT NULL,
  role_id VARCHAR(128)${binary_order} NOT NULL,
  person_id VARCHAR(64)${binary_order} NOT NULL,
  place_id VARCHAR(256)${binary_order} NOT NULL,
  from_day DATE NOT NULL,
  until_day DATE,
  link VARCHAR(32) NOT NULL,
  backup_id VARCHAR(64),
  PRIMARY KEY (territory_id, grid_code, role_id, person_id, place_id, from_day)
);
CREATE INDEX staff_assignment_person ON staff_assignment (territory_id, person_id);
CREATE TABLE staff_absence (
  territory_id VARCHAR(128)${binary_order} NOT NULL REFERENCES staff_territory (territory_id) ON DELETE CASCADE,
  person_id VARCHAR(64)${binary_order} NOT NULL,
  from_second BIGINT NOT NULL,
  from_nano INTEGER NOT NULL,
  until_second BIGINT,
  until_nano INTEGER,
  reason TEXT NOT NULL,
  PRIMARY KEY (territory_id, person_id, from_second, from_nano)
);
