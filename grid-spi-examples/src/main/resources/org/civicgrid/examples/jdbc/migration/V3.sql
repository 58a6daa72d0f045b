-- grid boundaries: a row per territory with its version and coordinate system, a row per grid
-- The area is a PostGIS geometry when PostGIS is installed, else WKB in a bytea.
CREATE TABLE boundary_territory (
  territory_id VARCHAR(128)${binary_order} PRIMARY KEY,
  version BIGINT NOT NULL CHECK (version >= 1),
  coordinate_system VARCHAR(16) NOT NULL
);
CREATE TABLE boundary (
  territory_id VARCHAR(128)${binary_order} NOT NULL REFERENCES boundary_territory (territory_id) ON DELETE CASCADE,
  grid_code VARCHAR(64) NOT NULL,
  area ${geometry} NOT NULL,
  PRIMARY KEY (territory_id, grid_code)
);
${boundary_index};
