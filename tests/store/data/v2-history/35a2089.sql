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

CREATE INDEX memberships_current ON memberships(group_ref, member_ref) WHERE left_at IS NULL;

CREATE INDEX members_live_member_id ON members(member_id) WHERE deleted_at IS NULL;

CREATE INDEX members_live_name ON members(name COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE INDEX members_live_remark ON members(remark COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE INDEX members_live_gender ON members(gender) WHERE deleted_at IS NULL;

CREATE INDEX members_live_city ON members(city) WHERE deleted_at IS NULL;

CREATE INDEX members_live_source ON members(source) WHERE deleted_at IS NULL;

CREATE INDEX members_live_staff ON members(staff_ref) WHERE deleted_at IS NULL;

CREATE INDEX members_live_stage ON members((CASE stage WHEN 'awareness' THEN 0 WHEN 'interest' THEN 1 WHEN 'purchase' THEN 2 WHEN 'loyalty' THEN 3 ELSE 4 END)) WHERE deleted_at IS NULL;

CREATE INDEX members_live_joined ON members(joined_at) WHERE deleted_at IS NULL;

CREATE INDEX members_live_active ON members(last_active_at) WHERE deleted_at IS NULL;

CREATE INDEX members_live_orders ON members(paid_orders) WHERE deleted_at IS NULL;

CREATE INDEX members_live_paid ON members(paid_cents) WHERE deleted_at IS NULL;

CREATE INDEX identities_value ON identities(value);

CREATE VIRTUAL TABLE members_fts USING fts5(
            member_id, name, remark, phone, email,
            content = 'members', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
            INSERT INTO members_fts(rowid, member_id, name, remark, phone, email)
            VALUES (new.id, new.member_id, new.name, new.remark, new.phone, new.email);
            END;

CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
            INSERT INTO members_fts(members_fts, rowid, member_id, name, remark, phone, email)
            VALUES ('delete', old.id, old.member_id, old.name, old.remark, old.phone, old.email);
            END;

CREATE TRIGGER members_fts_update
            AFTER UPDATE OF member_id, name, remark, phone, email ON members
            WHEN old.member_id IS NOT new.member_id OR old.name IS NOT new.name
              OR old.remark IS NOT new.remark OR old.phone IS NOT new.phone
              OR old.email IS NOT new.email
            BEGIN
            INSERT INTO members_fts(members_fts, rowid, member_id, name, remark, phone, email)
            VALUES ('delete', old.id, old.member_id, old.name, old.remark, old.phone, old.email);
            INSERT INTO members_fts(rowid, member_id, name, remark, phone, email)
            VALUES (new.id, new.member_id, new.name, new.remark, new.phone, new.email);
            END;

INSERT INTO members_fts(members_fts) VALUES('rebuild');

