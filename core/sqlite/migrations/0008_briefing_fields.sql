-- Schema 8: what the officer wants to raise at a meeting, printed on its briefing, and a
-- confidential flag on the records printed documents are about. Existing rows are not
-- confidential: the marking is something an officer sets, never something a file starts with.
ALTER TABLE meeting ADD COLUMN talking_points TEXT;
ALTER TABLE meeting ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0;
ALTER TABLE investor ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0;
ALTER TABLE delegate ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mission ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0;
