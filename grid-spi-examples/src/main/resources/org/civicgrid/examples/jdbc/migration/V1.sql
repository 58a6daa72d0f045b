-- grid histories: a row per territory with its version, a row per revision
-- A history is stored as what makes it: revision 1 holds the starting hierarchy as a hierarchy
-- document (docs/formats.md), every later revision the JSON list of its changes. Rows are only
-- ever appended; loading replays them.
CREATE TABLE grid_territory (
  territory_id VARCHAR(128)${binary_order} PRIMARY KEY,
  version INTEGER NOT NULL CHECK (version >= 1)
);
CREATE TABLE grid_revision (
  territory_id VARCHAR(128)${binary_order} NOT NULL REFERENCES grid_territory (territory_id) ON DELETE CASCADE,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  effective DATE NOT NULL,
  reason TEXT NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (territory_id, revision)
);
