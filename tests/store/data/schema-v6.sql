index|campaign_costs_campaign|campaign_costs|CREATE INDEX campaign_costs_campaign ON campaign_costs(campaign_ref, incurred_at)
;
index|campaign_costs_incurred|campaign_costs|CREATE INDEX campaign_costs_incurred ON campaign_costs(incurred_at)
;
index|content_group_time|content|CREATE INDEX content_group_time ON content(group_ref, scheduled_at) WHERE group_ref IS NOT NULL
;
index|content_scheduled|content|CREATE INDEX content_scheduled ON content(scheduled_at)
;
index|content_series_items|content|CREATE INDEX content_series_items ON content(series_ref, series_day) WHERE series_ref IS NOT NULL
;
index|events_content|events|CREATE INDEX events_content ON events(content_ref) WHERE content_ref IS NOT NULL
;
index|events_group_time|events|CREATE INDEX events_group_time ON events(group_ref, occurred_at) WHERE group_ref IS NOT NULL
;
index|events_member_time|events|CREATE INDEX events_member_time ON events(member_ref, occurred_at)
;
index|events_survey|events|CREATE INDEX events_survey ON events(occurred_at, member_ref, value, type) WHERE type = 'survey'
;
index|events_time|events|CREATE INDEX events_time ON events(occurred_at, member_ref)
;
index|identities_member|identities|CREATE INDEX identities_member ON identities(member_ref)
;
index|identities_value|identities|CREATE INDEX identities_value ON identities(value)
;
index|member_tags_tag|member_tags|CREATE INDEX member_tags_tag ON member_tags(tag_ref, member_ref)
;
index|members_city|members|CREATE INDEX members_city ON members(city)
;
index|members_deleted|members|CREATE INDEX members_deleted ON members(deleted_at, joined_at) WHERE deleted_at IS NOT NULL
;
index|members_joined|members|CREATE INDEX members_joined ON members(joined_at)
;
index|members_live_active|members|CREATE INDEX members_live_active ON members(last_active_at) WHERE deleted_at IS NULL
;
index|members_live_city|members|CREATE INDEX members_live_city ON members(city) WHERE deleted_at IS NULL
;
index|members_live_gender|members|CREATE INDEX members_live_gender ON members(gender) WHERE deleted_at IS NULL
;
index|members_live_joined|members|CREATE INDEX members_live_joined ON members(joined_at) WHERE deleted_at IS NULL
;
index|members_live_member_id|members|CREATE INDEX members_live_member_id ON members(member_id) WHERE deleted_at IS NULL
;
index|members_live_name|members|CREATE INDEX members_live_name ON members(name COLLATE NOCASE) WHERE deleted_at IS NULL
;
index|members_live_orders|members|CREATE INDEX members_live_orders ON members(paid_orders) WHERE deleted_at IS NULL
;
index|members_live_paid|members|CREATE INDEX members_live_paid ON members(paid_cents) WHERE deleted_at IS NULL
;
index|members_live_remark|members|CREATE INDEX members_live_remark ON members(remark COLLATE NOCASE) WHERE deleted_at IS NULL
;
index|members_live_repeat|members|CREATE INDEX members_live_repeat ON members(last_order_at) WHERE deleted_at IS NULL AND paid_orders >= 2
;
index|members_live_source|members|CREATE INDEX members_live_source ON members(source) WHERE deleted_at IS NULL
;
index|members_live_staff|members|CREATE INDEX members_live_staff ON members(staff_ref) WHERE deleted_at IS NULL
;
index|members_live_stage|members|CREATE INDEX members_live_stage ON members((CASE stage WHEN 'awareness' THEN 0 WHEN 'interest' THEN 1 WHEN 'purchase' THEN 2 WHEN 'loyalty' THEN 3 ELSE 4 END)) WHERE deleted_at IS NULL
;
index|members_live_touch|members|CREATE INDEX members_live_touch ON members(max(joined_at, coalesce(last_active_at, joined_at), coalesce(last_order_at, joined_at))) WHERE deleted_at IS NULL
;
index|members_name|members|CREATE INDEX members_name ON members(name COLLATE NOCASE)
;
index|members_referred|members|CREATE INDEX members_referred ON members(joined_at, referrer_ref) WHERE referrer_ref IS NOT NULL
;
index|members_referrer|members|CREATE INDEX members_referrer ON members(referrer_ref)
;
index|members_source|members|CREATE INDEX members_source ON members(source)
;
index|members_staff|members|CREATE INDEX members_staff ON members(staff_ref)
;
index|members_stage|members|CREATE INDEX members_stage ON members(stage)
;
index|memberships_current|memberships|CREATE INDEX memberships_current ON memberships(group_ref, member_ref) WHERE left_at IS NULL
;
index|memberships_member|memberships|CREATE INDEX memberships_member ON memberships(member_ref)
;
index|orders_member_paid|orders|CREATE INDEX orders_member_paid ON orders(member_ref, paid_at, amount_cents, refunded) WHERE refunded = 0
;
index|orders_member_time|orders|CREATE INDEX orders_member_time ON orders(member_ref, paid_at)
;
index|orders_paid|orders|CREATE INDEX orders_paid ON orders(paid_at, member_ref, amount_cents, campaign_ref, refunded) WHERE refunded = 0
;
index|orders_time|orders|CREATE INDEX orders_time ON orders(paid_at, member_ref)
;
index|segment_members_member|segment_members|CREATE INDEX segment_members_member ON segment_members(member_ref)
;
index|sqlite_autoindex_campaigns_1|campaigns|NULL
;
index|sqlite_autoindex_content_1|content|NULL
;
index|sqlite_autoindex_groups_1|groups|NULL
;
index|sqlite_autoindex_identities_1|identities|NULL
;
index|sqlite_autoindex_import_presets_1|import_presets|NULL
;
index|sqlite_autoindex_kpi_targets_1|kpi_targets|NULL
;
index|sqlite_autoindex_members_1|members|NULL
;
index|sqlite_autoindex_memberships_1|memberships|NULL
;
index|sqlite_autoindex_orders_1|orders|NULL
;
index|sqlite_autoindex_segments_1|segments|NULL
;
index|sqlite_autoindex_settings_1|settings|NULL
;
index|sqlite_autoindex_staff_1|staff|NULL
;
index|sqlite_autoindex_tags_1|tags|NULL
;
index|stage_history_at|stage_history|CREATE INDEX stage_history_at ON stage_history(at)
;
index|stage_history_member|stage_history|CREATE INDEX stage_history_member ON stage_history(member_ref, by_rules, at, to_stage)
;
table|audit_log|audit_log|CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            action TEXT NOT NULL,
            object_kind TEXT,
            object_ref INTEGER,
            detail TEXT)
;
table|campaign_costs|campaign_costs|CREATE TABLE campaign_costs (
            id INTEGER PRIMARY KEY,
            campaign_ref INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            incurred_at INTEGER NOT NULL)
;
table|campaigns|campaigns|CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY,
            campaign_id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            objective TEXT,
            type TEXT,
            start_at INTEGER,
            end_at INTEGER,
            budget_cents INTEGER,
            target_segment TEXT,
            notes TEXT)
;
table|content|content|CREATE TABLE content (
            id INTEGER PRIMARY KEY,
            content_id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            kind TEXT,
            channel TEXT,
            group_ref INTEGER REFERENCES groups(id) ON DELETE SET NULL,
            scheduled_at INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'idea'
                CHECK (status IN ('idea','draft','scheduled','published','reviewed')),
            campaign_ref INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
            owner TEXT,
            target_stage TEXT,
            reads INTEGER NOT NULL DEFAULT 0,
            likes INTEGER NOT NULL DEFAULT 0,
            comments INTEGER NOT NULL DEFAULT 0,
            shares INTEGER NOT NULL DEFAULT 0,
            clicks INTEGER NOT NULL DEFAULT 0,
            conversions INTEGER NOT NULL DEFAULT 0, body TEXT, series_ref INTEGER REFERENCES content_series(id) ON DELETE SET NULL, series_day TEXT, series_detached INTEGER NOT NULL DEFAULT 0)
;
table|content_series|content_series|CREATE TABLE content_series (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            kind TEXT,
            channel TEXT,
            campaign_ref INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
            owner TEXT,
            target_stage TEXT,
            body TEXT,
            status TEXT NOT NULL DEFAULT 'scheduled'
                CHECK (status IN ('idea','draft','scheduled','published','reviewed')),
            frequency TEXT NOT NULL CHECK (frequency IN ('weekly','monthly')),
            weekday INTEGER CHECK (weekday BETWEEN 1 AND 7),
            month_day INTEGER CHECK (month_day BETWEEN 1 AND 31),
            minute_of_day INTEGER NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL,
            group_tag TEXT)
;
table|content_series_groups|content_series_groups|CREATE TABLE content_series_groups (
            series_ref INTEGER NOT NULL REFERENCES content_series(id) ON DELETE CASCADE,
            group_ref INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            PRIMARY KEY (series_ref, group_ref)) WITHOUT ROWID
;
table|content_series_skips|content_series_skips|CREATE TABLE content_series_skips (
            series_ref INTEGER NOT NULL REFERENCES content_series(id) ON DELETE CASCADE,
            group_ref INTEGER NOT NULL,
            occurs_on TEXT NOT NULL,
            PRIMARY KEY (series_ref, group_ref, occurs_on)) WITHOUT ROWID
;
table|events|events|CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            type TEXT NOT NULL CHECK (type IN ('message','read','like','comment','share','click',
                'checkin','live_view','coupon_claim','coupon_redeem','invite','survey')),
            occurred_at INTEGER NOT NULL,
            group_ref INTEGER REFERENCES groups(id) ON DELETE SET NULL,
            content_ref INTEGER REFERENCES content(id) ON DELETE SET NULL,
            campaign_ref INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
            value REAL)
;
table|groups|groups|CREATE TABLE groups (
            id INTEGER PRIMARY KEY,
            group_id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            platform TEXT,
            owner_ref INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            theme TEXT,
            created_at INTEGER,
            member_cap INTEGER,
            status TEXT NOT NULL DEFAULT 'active')
;
table|hand_edits|hand_edits|CREATE TABLE hand_edits (
            table_name TEXT NOT NULL,
            row_ref INTEGER NOT NULL,
            after_batch INTEGER NOT NULL,
            PRIMARY KEY (table_name, row_ref)) WITHOUT ROWID
;
table|identities|identities|CREATE TABLE identities (
            id INTEGER PRIMARY KEY,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            UNIQUE (kind, value))
;
table|import_batches|import_batches|CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            preset TEXT NOT NULL,
            files TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            rows_read INTEGER NOT NULL DEFAULT 0,
            rows_inserted INTEGER NOT NULL DEFAULT 0,
            rows_updated INTEGER NOT NULL DEFAULT 0,
            rows_rejected INTEGER NOT NULL DEFAULT 0,
            undone_at INTEGER)
;
table|import_changes|import_changes|CREATE TABLE import_changes (
            batch_ref INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            table_name TEXT NOT NULL,
            row_ref INTEGER NOT NULL,
            row_last INTEGER,
            action TEXT NOT NULL CHECK (action IN ('insert','update')),
            before TEXT,
            PRIMARY KEY (batch_ref, seq)) WITHOUT ROWID
;
table|import_presets|import_presets|CREATE TABLE import_presets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            definition TEXT NOT NULL)
;
table|kpi_paid_buckets|kpi_paid_buckets|CREATE TABLE kpi_paid_buckets (
            start INTEGER PRIMARY KEY,
            cents INTEGER NOT NULL,
            orders INTEGER NOT NULL) WITHOUT ROWID
;
table|kpi_targets|kpi_targets|CREATE TABLE kpi_targets (
            id INTEGER PRIMARY KEY,
            metric TEXT NOT NULL,
            period_kind TEXT NOT NULL DEFAULT 'week',
            period_start TEXT NOT NULL,
            target REAL NOT NULL,
            weight REAL NOT NULL DEFAULT 1,
            UNIQUE (metric, period_kind, period_start))
;
table|member_tags|member_tags|CREATE TABLE member_tags (
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            tag_ref INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (member_ref, tag_ref)) WITHOUT ROWID
;
table|members|members|CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            member_id TEXT NOT NULL UNIQUE,
            name TEXT,
            remark TEXT,
            gender TEXT NOT NULL DEFAULT 'U' CHECK (gender IN ('M','F','U')),
            city TEXT,
            phone TEXT,
            email TEXT,
            source TEXT,
            referrer_ref INTEGER REFERENCES members(id) ON DELETE SET NULL,
            joined_at INTEGER NOT NULL,
            staff_ref INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            stage TEXT NOT NULL DEFAULT 'awareness'
                CHECK (stage IN ('awareness','interest','purchase','loyalty','churn')),
            stage_since INTEGER,
            consent TEXT NOT NULL DEFAULT 'unknown' CHECK (consent IN ('yes','no','unknown')),
            consent_at INTEGER,
            consent_source TEXT,
            notes TEXT,
            custom TEXT,
            last_active_at INTEGER,
            last_order_at INTEGER,
            paid_orders INTEGER NOT NULL DEFAULT 0,
            paid_cents INTEGER NOT NULL DEFAULT 0,
            deleted_at INTEGER,
            updated_at INTEGER, phone_raw TEXT, stage_override TEXT CHECK (stage_override IN ('awareness','interest','purchase','loyalty','churn')))
;
table|members_fts|members_fts|CREATE VIRTUAL TABLE members_fts USING fts5(
            member_id, name, remark, phone, email,
            content = 'members', content_rowid = 'id', tokenize = 'trigram')
;
table|members_fts_config|members_fts_config|CREATE TABLE 'members_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID
;
table|members_fts_data|members_fts_data|CREATE TABLE 'members_fts_data'(id INTEGER PRIMARY KEY, block BLOB)
;
table|members_fts_docsize|members_fts_docsize|CREATE TABLE 'members_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB)
;
table|members_fts_idx|members_fts_idx|CREATE TABLE 'members_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID
;
table|memberships|memberships|CREATE TABLE memberships (
            id INTEGER PRIMARY KEY,
            group_ref INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            joined_at INTEGER NOT NULL,
            left_at INTEGER,
            role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('owner','admin','member')),
            UNIQUE (group_ref, member_ref, joined_at))
;
table|orders|orders|CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            order_id TEXT NOT NULL UNIQUE,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            items INTEGER,
            paid_at INTEGER NOT NULL,
            channel TEXT,
            campaign_ref INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
            refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded IN (0,1)))
;
table|segment_members|segment_members|CREATE TABLE segment_members (
            segment_ref INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            PRIMARY KEY (segment_ref, member_ref)) WITHOUT ROWID
;
table|segment_sizes|segment_sizes|CREATE TABLE segment_sizes (
            segment_ref INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            size INTEGER NOT NULL,
            PRIMARY KEY (segment_ref, at)) WITHOUT ROWID
;
table|segments|segments|CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'dynamic' CHECK (kind IN ('dynamic','static')),
            rule TEXT,
            description TEXT,
            created_at INTEGER)
;
table|settings|settings|CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)
;
table|staff|staff|CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at INTEGER)
;
table|stage_history|stage_history|CREATE TABLE stage_history (
            id INTEGER PRIMARY KEY,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            from_stage TEXT,
            to_stage TEXT NOT NULL, by_rules INTEGER NOT NULL DEFAULT 0)
;
table|tags|tags|CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)
;
trigger|kpi_paid_delete|orders|CREATE TRIGGER kpi_paid_delete AFTER DELETE ON orders
            WHEN old.refunded = 0 BEGIN
            UPDATE kpi_paid_buckets SET cents = cents - old.amount_cents, orders = orders - 1
            WHERE start = old.paid_at - ((old.paid_at % 900) + 900) % 900;
            END
;
trigger|kpi_paid_insert|orders|CREATE TRIGGER kpi_paid_insert AFTER INSERT ON orders
            WHEN new.refunded = 0 BEGIN
            INSERT INTO kpi_paid_buckets(start, cents, orders)
            VALUES (new.paid_at - ((new.paid_at % 900) + 900) % 900, new.amount_cents, 1)
            ON CONFLICT(start) DO UPDATE SET cents = cents + excluded.cents,
                orders = orders + 1;
            END
;
trigger|kpi_paid_update|orders|CREATE TRIGGER kpi_paid_update
            AFTER UPDATE OF amount_cents, paid_at, refunded ON orders BEGIN
            UPDATE kpi_paid_buckets SET cents = cents - old.amount_cents, orders = orders - 1
            WHERE old.refunded = 0
              AND start = old.paid_at - ((old.paid_at % 900) + 900) % 900;
            INSERT INTO kpi_paid_buckets(start, cents, orders)
            SELECT new.paid_at - ((new.paid_at % 900) + 900) % 900, new.amount_cents, 1
            WHERE new.refunded = 0
            ON CONFLICT(start) DO UPDATE SET cents = cents + excluded.cents,
                orders = orders + 1;
            END
;
trigger|members_fts_delete|members|CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
            INSERT INTO members_fts(members_fts, rowid, member_id, name, remark, phone, email)
            VALUES ('delete', old.id, old.member_id, old.name, old.remark, old.phone, old.email);
            END
;
trigger|members_fts_insert|members|CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
            INSERT INTO members_fts(rowid, member_id, name, remark, phone, email)
            VALUES (new.id, new.member_id, new.name, new.remark, new.phone, new.email);
            END
;
trigger|members_fts_update|members|CREATE TRIGGER members_fts_update
            AFTER UPDATE OF member_id, name, remark, phone, email ON members
            WHEN old.member_id IS NOT new.member_id OR old.name IS NOT new.name
              OR old.remark IS NOT new.remark OR old.phone IS NOT new.phone
              OR old.email IS NOT new.email
            BEGIN
            INSERT INTO members_fts(members_fts, rowid, member_id, name, remark, phone, email)
            VALUES ('delete', old.id, old.member_id, old.name, old.remark, old.phone, old.email);
            INSERT INTO members_fts(rowid, member_id, name, remark, phone, email)
            VALUES (new.id, new.member_id, new.name, new.remark, new.phone, new.email);
            END
