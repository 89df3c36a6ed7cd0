-- Schema 13: import batches (issue 18; core/import/importer.h). One row per import run, and one per
-- record it created or whose empty fields it filled (filled: JSON array of field names), so that the
-- batch can be listed and reverted. audit_seq is the highest audit_log.seq at the batch's end: an
-- audit line above it for one of the batch's records means that record changed since. Local to this
-- file: not synced, and a replica's copy drops them (sqlitereplicacopy.cpp).
CREATE TABLE import_batch (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    officer_id TEXT,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    audit_seq INTEGER NOT NULL DEFAULT 0,
    reverted_at TEXT);
CREATE INDEX import_batch_imported ON import_batch(imported_at);
CREATE TABLE import_batch_record (
    batch_id TEXT NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    record_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update')),
    filled TEXT,
    PRIMARY KEY (batch_id, record_id));
CREATE INDEX import_batch_record_record ON import_batch_record(record_id);
