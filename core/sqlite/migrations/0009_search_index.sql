-- Schema 9: instant search across everything (issue 7); see storage/searchindex.h.
-- search_doc maps each live record of a searchable kind to its row in the two FTS5 tables: the
-- kind's band of doc numbers makes "only investors" a rowid range. search_names holds the names
-- (folded, legal forms removed, words marked for one- and two-character searches), search_body
-- the rest of the record's text (folded). The trigram tokenizer finds any substring of three
-- characters or more, Japanese and Arabic included, without word boundaries. The rows are
-- written by the application inside each change's transaction (not by triggers: the folding is
-- C++), and the migration step fills them for the records already in the file.
CREATE TABLE search_doc (doc INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL);
CREATE UNIQUE INDEX search_doc_record ON search_doc(record_id, kind);
CREATE VIRTUAL TABLE search_names USING fts5(names, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_body USING fts5(body, tokenize = 'trigram');
-- FTS5 writes what a transaction indexed as a new segment each time its pending terms reach
-- "hashsize" (1 MB by default) and merges segments as they pile up. 32 MB means far fewer
-- segments to merge when many records are indexed at once (this step, generated datasets): the
-- fill at scale 10,000 took 12 s instead of 17 s. Everyday edits index a few kilobytes.
INSERT INTO search_names (search_names, rank) VALUES ('hashsize', 33554432);
INSERT INTO search_body (search_body, rank) VALUES ('hashsize', 33554432);
