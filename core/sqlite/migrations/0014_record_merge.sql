-- Schema 14: merged records (issue 19; core/services/records/merges.h). One row per record merged
-- into another: which kind it was, the survivor it went into, when and by whom. The row goes when
-- the merge is undone. A survivor's history reads the audit lines of the records merged into it
-- through record_merge_survivor.
CREATE TABLE record_merge (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    survivor_id TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    merged_by TEXT);
CREATE INDEX record_merge_survivor ON record_merge(survivor_id);
-- The links to an officer a merge of officers moves: found by index, not by reading every note.
CREATE INDEX followup_owner ON followup(owner_id);
CREATE INDEX note_author ON note(author_id);
