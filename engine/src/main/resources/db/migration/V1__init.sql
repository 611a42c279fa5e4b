-- Migrations V1..V49 belong to the journey API (issue: engine); V50.. to the run-time.
-- One SQL dialect for both databases: H2 runs in PostgreSQL mode.
CREATE TABLE schema_notes (
    id INTEGER PRIMARY KEY,
    note VARCHAR(200) NOT NULL
);
INSERT INTO schema_notes (id, note) VALUES (1, 'journey studio engine schema');
