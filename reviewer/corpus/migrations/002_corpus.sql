-- greenreview corpus store, schema 2: reuse index, digit statistics, agencies, bans, complaints.
-- New data lives in new tables keyed by report id; 001 is never altered. Deleting a report
-- removes its index rows and keeps the document-frequency counters right (trigger below).

-- One row per indexed passage (a paragraph or a table row) of a report. The verbatim text
-- is kept so that both sides of a match can be quoted with their page.
CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    report_id TEXT NOT NULL,             -- reports.id (no FK: the index is written before the report row)
    block INTEGER NOT NULL,              -- ordinal block number in the report
    row INTEGER,                         -- table row number, NULL for a paragraph
    page INTEGER NOT NULL,
    section TEXT,
    text TEXT NOT NULL
);
CREATE INDEX passages_report ON passages(report_id);

-- MinHash LSH bands: (band key, passage). A band key is a 63-bit hash of one band of the
-- passage's MinHash signature; passages sharing a key are candidate near-duplicates.
CREATE TABLE passage_bands (
    band INTEGER NOT NULL,
    pid INTEGER NOT NULL,
    PRIMARY KEY (band, pid)
) WITHOUT ROWID;
CREATE INDEX passage_bands_pid ON passage_bands(pid);

-- How many reports contain a band key: a key found in many reports is template wording.
CREATE TABLE band_df (band INTEGER PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;

-- Signature numbers (>= 3 significant digits, not years, codes or phone numbers) per report,
-- with where they stand; in_table = 1 for table cells (FAB.DATA_REUSE).
CREATE TABLE report_values (
    report_id TEXT NOT NULL,
    value TEXT NOT NULL,                 -- canonical digits, e.g. "1474.8"
    block INTEGER NOT NULL,
    row INTEGER,
    page INTEGER NOT NULL,
    year INTEGER,                        -- the column's year label for a year-column table
    in_table INTEGER NOT NULL,
    quote TEXT NOT NULL
);
CREATE INDEX report_values_value ON report_values(value);
CREATE INDEX report_values_report ON report_values(report_id);
CREATE TABLE value_df (value TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;

-- Digit statistics per report (summed per agency portfolio by FAB.DIGITS).
CREATE TABLE report_digits (
    report_id TEXT PRIMARY KEY,
    f1 INTEGER NOT NULL, f2 INTEGER NOT NULL, f3 INTEGER NOT NULL, f4 INTEGER NOT NULL, f5 INTEGER NOT NULL,
    f6 INTEGER NOT NULL, f7 INTEGER NOT NULL, f8 INTEGER NOT NULL, f9 INTEGER NOT NULL,  -- first significant digits
    l0 INTEGER NOT NULL, l1 INTEGER NOT NULL, l2 INTEGER NOT NULL, l3 INTEGER NOT NULL, l4 INTEGER NOT NULL,
    l5 INTEGER NOT NULL, l6 INTEGER NOT NULL, l7 INTEGER NOT NULL, l8 INTEGER NOT NULL, l9 INTEGER NOT NULL,
    -- last digits of values with >= 3 significant digits
    integers INTEGER NOT NULL,
    round INTEGER NOT NULL,              -- integers ending in 0
    n INTEGER NOT NULL
);

-- Agencies: keyed by name; legal representative recorded; aliases map other names to one agency.
CREATE TABLE agencies (
    name TEXT PRIMARY KEY,
    legal_rep TEXT,
    first_seen TEXT NOT NULL
);
CREATE TABLE agency_aliases (
    alias TEXT PRIMARY KEY,
    name TEXT NOT NULL REFERENCES agencies(name)
);

-- Art. 21: not trusted for N years from the decision date (end date exclusive).
CREATE TABLE bans (
    id INTEGER PRIMARY KEY,
    agency TEXT NOT NULL,
    legal_rep TEXT,
    start_date TEXT NOT NULL,            -- YYYY-MM-DD
    end_date TEXT NOT NULL,              -- YYYY-MM-DD, first day no longer banned
    years INTEGER NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    lifted_at TEXT,
    lifted_by TEXT,
    lift_note TEXT
);
CREATE INDEX bans_agency ON bans(agency);

-- Art. 22: real-name complaints with evidence; status received -> verifying -> substantiated | unsubstantiated.
CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    name TEXT NOT NULL,
    contact TEXT NOT NULL,
    target_type TEXT NOT NULL,           -- unit | agency
    target TEXT NOT NULL,
    content TEXT NOT NULL,
    status TEXT NOT NULL,
    actions TEXT                         -- resulting actions (free text, e.g. "agency ban #3")
);
CREATE TABLE complaint_files (
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    stored_path TEXT NOT NULL
);
CREATE TABLE complaint_reports (
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    report_id TEXT NOT NULL,
    PRIMARY KEY (complaint_id, report_id)
);
CREATE TABLE complaint_events (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    status_from TEXT,
    status_to TEXT NOT NULL,
    note TEXT
);

CREATE TRIGGER reports_drop_index AFTER DELETE ON reports BEGIN
    UPDATE band_df SET n = n - 1 WHERE band IN (
        SELECT DISTINCT pb.band FROM passage_bands pb JOIN passages p ON p.id = pb.pid WHERE p.report_id = OLD.id);
    DELETE FROM passage_bands WHERE pid IN (SELECT id FROM passages WHERE report_id = OLD.id);
    DELETE FROM passages WHERE report_id = OLD.id;
    UPDATE value_df SET n = n - 1 WHERE value IN (SELECT DISTINCT value FROM report_values WHERE report_id = OLD.id);
    DELETE FROM report_values WHERE report_id = OLD.id;
    DELETE FROM report_digits WHERE report_id = OLD.id;
END;
