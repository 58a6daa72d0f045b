-- districts
-- a second comment line
CREATE TABLE district (code VARCHAR(12)${binary_order} PRIMARY KEY);
INSERT INTO district (code) VALUES ('210902');
${boundary_index};
