index|campaign_costs_campaign|campaign_costs|CREATE INDEX campaign_costs_campaign ON campaign_costs(campaign_ref, incurred_at)
;
index|campaign_costs_incurred|campaign_costs|CREATE INDEX campaign_costs_incurred ON campaign_costs(incurred_at)
;
index|content_scheduled|content|CREATE INDEX content_scheduled ON content(scheduled_at)
;
index|events_group_time|events|CREATE INDEX events_group_time ON events(group_ref, occurred_at) WHERE group_ref IS NOT NULL
;
index|events_member_time|events|CREATE INDEX events_member_time ON events(member_ref, occurred_at)
;
index|events_time|events|CREATE INDEX events_time ON events(occurred_at, member_ref)
;
index|identities_member|identities|CREATE INDEX identities_member ON identities(member_ref)
;
index|member_tags_tag|member_tags|CREATE INDEX member_tags_tag ON member_tags(tag_ref, member_ref)
;
index|members_city|members|CREATE INDEX members_city ON members(city)
;
index|members_joined|members|CREATE INDEX members_joined ON members(joined_at)
;
index|members_name|members|CREATE INDEX members_name ON members(name COLLATE NOCASE)
;
index|members_referrer|members|CREATE INDEX members_referrer ON members(referrer_ref)
;
index|members_source|members|CREATE INDEX members_source ON members(source)
;
index|members_staff|members|CREATE INDEX members_staff ON members(staff_ref)
;
index|members_stage|members|CREATE INDEX members_stage ON members(stage)
;
index|memberships_member|memberships|CREATE INDEX memberships_member ON memberships(member_ref)
;
index|orders_member_time|orders|CREATE INDEX orders_member_time ON orders(member_ref, paid_at)
;
index|orders_time|orders|CREATE INDEX orders_time ON orders(paid_at, member_ref)
;
index|sqlite_autoindex_campaigns_1|campaigns|NULL
;
index|sqlite_autoindex_content_1|content|NULL
;
index|sqlite_autoindex_groups_1|groups|NULL
;
index|sqlite_autoindex_identities_1|identities|NULL
;
index|sqlite_autoindex_members_1|members|NULL
;
index|sqlite_autoindex_memberships_1|memberships|NULL
;
index|sqlite_autoindex_orders_1|orders|NULL
;
index|sqlite_autoindex_settings_1|settings|NULL
;
index|sqlite_autoindex_staff_1|staff|NULL
;
index|sqlite_autoindex_tags_1|tags|NULL
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
            conversions INTEGER NOT NULL DEFAULT 0)
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
table|identities|identities|CREATE TABLE identities (
            id INTEGER PRIMARY KEY,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            UNIQUE (kind, value))
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
            updated_at INTEGER)
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
table|settings|settings|CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)
;
table|staff|staff|CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at INTEGER)
;
table|tags|tags|CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)
