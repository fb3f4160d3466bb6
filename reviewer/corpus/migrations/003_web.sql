-- greenreview web service, schema 3: users (tokens hashed at rest), login sessions, review jobs
-- (persisted so a restart resumes or fails them, never loses them), uploads (who sent which file)
-- and reviewer comments.
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('enterprise', 'agency', 'reviewer', 'supervisor', 'admin')),
    uscc TEXT,                            -- enterprise: the USCC whose reports it may see
    agency TEXT,                          -- agency: the agency name whose reports it may see
    token_hash TEXT NOT NULL UNIQUE,      -- sha256 of the API token; the token itself is never stored
    created_at TEXT NOT NULL,
    created_by TEXT,
    disabled_at TEXT
);

CREATE TABLE IF NOT EXISTS sessions (
    id_hash TEXT PRIMARY KEY,             -- sha256 of the cookie value
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user_id);

CREATE TABLE IF NOT EXISTS uploads (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    PRIMARY KEY (report_id, user_id)
);
CREATE INDEX IF NOT EXISTS uploads_user ON uploads(user_id);

CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'review',
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    stage TEXT,                           -- Chinese stage label from the service's progress callback
    progress REAL NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,                           -- JSON {"error", "message", "message_en"} when failed
    review_id INTEGER,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, created_at);
CREATE INDEX IF NOT EXISTS jobs_report ON jobs(report_id, created_at);

CREATE TABLE IF NOT EXISTS comments (
    id INTEGER PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    finding_code TEXT,                    -- NULL: a comment on the whole report
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS comments_report ON comments(report_id, id);
