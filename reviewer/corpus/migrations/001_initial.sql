-- greenreview corpus store, schema 1. Content hashes are ids; the audit log is append-only.
CREATE TABLE reports (
    id TEXT PRIMARY KEY,                 -- sha256 of the original file
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    pages INTEGER NOT NULL,
    type TEXT, kind TEXT, regime TEXT,
    entity TEXT, uscc TEXT,
    agency TEXT, agency_legal_rep TEXT,
    report_date TEXT, report_year INTEGER,
    stored_path TEXT NOT NULL,           -- relative to home: files/ab/abcdef...
    ingested_at TEXT NOT NULL
);
CREATE INDEX reports_uscc ON reports(uscc);
CREATE INDEX reports_agency ON reports(agency);
CREATE INDEX reports_agency_rep_year ON reports(agency_legal_rep, report_year);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    settings_hash TEXT NOT NULL,
    risk TEXT,
    review_json TEXT NOT NULL
);
CREATE INDEX reviews_report ON reviews(report_id, id);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,                 -- user name, "cli" or "system"
    action TEXT NOT NULL,                -- e.g. report.ingest, report.read, agency.ban
    target TEXT,
    detail TEXT                          -- JSON
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
