-- Schema 10: offline sync between replicas (issue 8); see sync/synchronizer.h and docs/sync.md.
-- sync_change is every change this replica knows, made here or received: its hybrid logical
-- clock id orders it against every other, (origin, origin_seq) numbers each replica's own
-- changes 1, 2, 3... so that "everything up to n" can be acknowledged. fields and supersedes are
-- JSON: the values written, and per field the changes the writer had seen (its "parents").
CREATE TABLE sync_change (
    seq INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    origin_seq INTEGER NOT NULL,
    record_kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    fields TEXT NOT NULL,
    supersedes TEXT NOT NULL,
    author TEXT,
    UNIQUE (origin, origin_seq));
CREATE INDEX sync_change_record ON sync_change(record_id);
-- The current values of each synced field: the changes no other known change supersedes. One
-- head is the field's value; two or more are a conflict (the newest clock wins until reviewed).
CREATE TABLE sync_head (
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    change_id TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (record_id, field, change_id)) WITHOUT ROWID;
-- (change, field) pairs some known change has superseded, so a late arrival of the older change
-- does not become a head again.
CREATE TABLE sync_superseded (
    change_id TEXT NOT NULL,
    field TEXT NOT NULL,
    PRIMARY KEY (change_id, field)) WITHOUT ROWID;
-- The peers this replica exchanges packages with and what each has acknowledged (JSON object:
-- origin replica id -> highest origin_seq it holds with no gap).
CREATE TABLE sync_peer (
    replica_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    acknowledged TEXT NOT NULL DEFAULT '{}',
    last_import_at TEXT,
    last_export_at TEXT);
-- What this replica knew without holding the changes (a mission laptop's copy knows its office's
-- history up to the copy): origin -> origin_seq.
CREATE TABLE sync_baseline (origin TEXT PRIMARY KEY, origin_seq INTEGER NOT NULL);
-- Records purged here for good: changes that arrive for them later are kept, not applied.
CREATE TABLE sync_purged (record_id TEXT PRIMARY KEY);
