CREATE TABLE stage_history (
            id INTEGER PRIMARY KEY,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            from_stage TEXT,
            to_stage TEXT NOT NULL);

CREATE INDEX stage_history_member ON stage_history(member_ref, at);

CREATE INDEX stage_history_at ON stage_history(at);

CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'dynamic' CHECK (kind IN ('dynamic','static')),
            rule TEXT,
            description TEXT,
            created_at INTEGER);

CREATE TABLE segment_members (
            segment_ref INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            PRIMARY KEY (segment_ref, member_ref)) WITHOUT ROWID;

CREATE TABLE segment_sizes (
            segment_ref INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            size INTEGER NOT NULL,
            PRIMARY KEY (segment_ref, at)) WITHOUT ROWID;

CREATE TABLE kpi_targets (
            id INTEGER PRIMARY KEY,
            metric TEXT NOT NULL,
            period_kind TEXT NOT NULL DEFAULT 'week',
            period_start TEXT NOT NULL,
            target REAL NOT NULL,
            weight REAL NOT NULL DEFAULT 1,
            UNIQUE (metric, period_kind, period_start));

CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            preset TEXT NOT NULL,
            files TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            rows_read INTEGER NOT NULL DEFAULT 0,
            rows_inserted INTEGER NOT NULL DEFAULT 0,
            rows_updated INTEGER NOT NULL DEFAULT 0,
            rows_rejected INTEGER NOT NULL DEFAULT 0,
            undone_at INTEGER);

CREATE TABLE import_changes (
            batch_ref INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            table_name TEXT NOT NULL,
            row_ref INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert','update')),
            before TEXT,
            PRIMARY KEY (batch_ref, seq)) WITHOUT ROWID;

CREATE TABLE import_presets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            definition TEXT NOT NULL);

CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            action TEXT NOT NULL,
            object_kind TEXT,
            object_ref INTEGER,
            detail TEXT);

