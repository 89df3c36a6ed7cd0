-- Schema 15: match keys (issue 19; domain/similarity.h, storage/duplicatekeys.h). Every live record
-- of a kind checked for duplicates has one row per key: its names and aliases folded (and
-- romanised), its e-mail, phones in E.164 and website domain. Indexed by (kind, key) so that the
-- form's warning is a lookup and Find Duplicates a GROUP BY. Derived from the records like the
-- search index: not synced, filled by migrations.cpp for the records already there, kept in step by
-- DuplicateKeysSubscriber.
CREATE TABLE match_key (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    what TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    romanised INTEGER NOT NULL DEFAULT 0);
CREATE INDEX match_key_key ON match_key(kind, key);
CREATE INDEX match_key_record ON match_key(record_id);
