-- district names
ALTER TABLE district ADD COLUMN name VARCHAR(40);
