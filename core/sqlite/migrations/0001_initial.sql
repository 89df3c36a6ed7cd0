-- Schema 1: every record kind of the Delegates Programme.
-- Every record table carries a UUIDv7 id created where the record is made, who and when made and
-- last changed it, and deleted_at/deleted_by while it is in the Trash. sort_key holds what lists
-- sort by (kana reading for Japanese names).
CREATE TABLE country (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE currency (code TEXT PRIMARY KEY, name TEXT NOT NULL, minor_units INTEGER NOT NULL);
CREATE TABLE sector (code TEXT PRIMARY KEY, name TEXT NOT NULL);

CREATE TABLE officer (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT,
    deleted_at TEXT, deleted_by TEXT, sort_key TEXT,
    name TEXT NOT NULL, initials TEXT NOT NULL, email TEXT, active INTEGER NOT NULL DEFAULT 1);
CREATE UNIQUE INDEX officer_initials ON officer(initials);

CREATE TABLE agency (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT,
    deleted_at TEXT, deleted_by TEXT, sort_key TEXT,
    name TEXT NOT NULL, name_native TEXT, acronym TEXT, country TEXT REFERENCES country(code), website TEXT,
    notes TEXT);

CREATE TABLE delegate (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT,
    deleted_at TEXT, deleted_by TEXT, sort_key TEXT,
    family_name TEXT, given_name TEXT, family_name_reading TEXT, given_name_reading TEXT,
    latin_family_name TEXT, latin_given_name TEXT, name_order TEXT NOT NULL,
    agency_id TEXT REFERENCES agency(id), country TEXT REFERENCES country(code), title TEXT, email TEXT,
    phones TEXT, languages TEXT, sectors TEXT, status TEXT NOT NULL, notes TEXT);
CREATE TABLE delegate_stay (
    id TEXT PRIMARY KEY, delegate_id TEXT NOT NULL REFERENCES delegate(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, start_date TEXT, end_date TEXT, host_office TEXT, notes TEXT);
CREATE TABLE delegate_position (
    id TEXT PRIMARY KEY, delegate_id TEXT NOT NULL REFERENCES delegate(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, organisation TEXT, title TEXT, from_date TEXT, to_date TEXT);

CREATE TABLE investor (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT,
    deleted_at TEXT, deleted_by TEXT, sort_key TEXT,
    name TEXT NOT NULL, name_latin TEXT, name_reading TEXT, aliases TEXT, sector TEXT REFERENCES sector(code),
    hq_city TEXT, hq_country TEXT REFERENCES country(code), parent_id TEXT REFERENCES investor(id),
    employees INTEGER, website TEXT, notes TEXT);

CREATE TABLE contact (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT,
    deleted_at TEXT, deleted_by TEXT, sort_key TEXT,
    family_name TEXT, given_name TEXT, family_name_reading TEXT, given_name_reading TEXT,
    latin_family_name TEXT, latin_given_name TEXT, name_order TEXT NOT NULL,
    investor_id TEXT NOT NULL REFERENCES investor(id), title TEXT, department TEXT, email TEXT, phones TEXT,
    active_from TEXT, active_to TEXT, notes TEXT);

CREATE TABLE mission (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT,
    deleted_at TEXT, deleted_by TEXT, sort_key TEXT,
    kind TEXT NOT NULL, title TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL, places TEXT,
    notes TEXT);
CREATE TABLE mission_participant (
    id TEXT PRIMARY KEY, mission_id TEXT NOT NULL REFERENCES mission(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, person_kind TEXT NOT NULL, person_id TEXT NOT NULL, role TEXT);

CREATE TABLE meeting (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT,
    deleted_at TEXT, deleted_by TEXT, sort_key TEXT,
    starts_at TEXT NOT NULL, time_zone TEXT NOT NULL, place TEXT, mission_id TEXT REFERENCES mission(id),
    investor_id TEXT NOT NULL REFERENCES investor(id), interpreter TEXT, language TEXT, interest_level INTEGER,
    information_requested TEXT, next_step TEXT, summary TEXT);
CREATE TABLE meeting_attendee (
    id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, side TEXT NOT NULL, person_kind TEXT NOT NULL, person_id TEXT, name TEXT, role TEXT);
CREATE TABLE mission_agenda_item (
    id TEXT PRIMARY KEY, mission_id TEXT NOT NULL REFERENCES mission(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, starts_at TEXT, place TEXT, description TEXT,
    meeting_id TEXT REFERENCES meeting(id) ON DELETE SET NULL);

CREATE TABLE deal (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT,
    deleted_at TEXT, deleted_by TEXT, sort_key TEXT,
    title TEXT NOT NULL, investor_id TEXT NOT NULL REFERENCES investor(id),
    host_country TEXT REFERENCES country(code), sector TEXT REFERENCES sector(code), stage TEXT NOT NULL,
    lost_reason TEXT, notes TEXT);
CREATE TABLE deal_stage_change (
    id TEXT PRIMARY KEY, deal_id TEXT NOT NULL REFERENCES deal(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, stage TEXT NOT NULL, date TEXT NOT NULL, note TEXT);
CREATE TABLE deal_credit (
    id TEXT PRIMARY KEY, deal_id TEXT NOT NULL REFERENCES deal(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, credited_kind TEXT NOT NULL, credited_id TEXT NOT NULL, role TEXT NOT NULL);
-- value: integer minor units of currency for money indicators, a count otherwise.
CREATE TABLE deal_impact (
    id TEXT PRIMARY KEY, deal_id TEXT NOT NULL REFERENCES deal(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, indicator TEXT NOT NULL, status TEXT NOT NULL, value INTEGER NOT NULL,
    currency TEXT REFERENCES currency(code), as_of TEXT);

CREATE TABLE followup (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT,
    deleted_at TEXT, deleted_by TEXT, sort_key TEXT,
    title TEXT NOT NULL, owner_id TEXT NOT NULL REFERENCES officer(id), due_date TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0, done_at TEXT, linked_kind TEXT, linked_id TEXT, notes TEXT);

CREATE TABLE note (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT, modified_at TEXT NOT NULL, modified_by TEXT,
    deleted_at TEXT, deleted_by TEXT, sort_key TEXT,
    body TEXT NOT NULL, author_id TEXT REFERENCES officer(id), written_at TEXT NOT NULL,
    linked_kind TEXT NOT NULL, linked_id TEXT NOT NULL);

-- Append-only: one row per changed field (one row with the whole record for a creation).
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, officer_id TEXT, record_kind TEXT NOT NULL,
    record_id TEXT NOT NULL, action TEXT NOT NULL, field TEXT, old_value TEXT, new_value TEXT);
CREATE INDEX audit_log_record ON audit_log(record_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Facts about this database file (its replica id, for the sync of a later schema).
CREATE TABLE database_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
