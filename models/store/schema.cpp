// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/schema.h"

#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <functional>
#include <vector>

namespace siyu::schema {

namespace {

Status execAll(Workspace &ws, const std::vector<const char *> &statements)
{
    for (const char *statement : statements) {
        const Status status = sql::exec(ws.db(), QString::fromUtf8(statement));
        if (!status)
            return makeError(status.error().message + QStringLiteral(" in: ") +
                             QString::fromUtf8(statement).simplified().left(80));
    }
    return {};
}

// Version 1: the entities of the domain brief. Times are epoch seconds (UTC), money is
// integer cents, `*_id` text columns hold the source's own keys, `*_ref` columns are row ids.
Status upgradeToV1(Workspace &ws)
{
    return execAll(
        ws, {
                R"(CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT))",
                R"(CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at INTEGER))",
                R"(CREATE TABLE members (
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
            updated_at INTEGER))",
                "CREATE INDEX members_joined ON members(joined_at)",
                "CREATE INDEX members_name ON members(name COLLATE NOCASE)",
                "CREATE INDEX members_staff ON members(staff_ref)",
                "CREATE INDEX members_source ON members(source)",
                "CREATE INDEX members_stage ON members(stage)",
                "CREATE INDEX members_city ON members(city)",
                "CREATE INDEX members_referrer ON members(referrer_ref)",
                R"(CREATE TABLE identities (
            id INTEGER PRIMARY KEY,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            UNIQUE (kind, value)))",
                "CREATE INDEX identities_member ON identities(member_ref)",
                R"(CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE))",
                R"(CREATE TABLE member_tags (
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            tag_ref INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (member_ref, tag_ref)) WITHOUT ROWID)",
                "CREATE INDEX member_tags_tag ON member_tags(tag_ref, member_ref)",
                R"(CREATE TABLE groups (
            id INTEGER PRIMARY KEY,
            group_id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            platform TEXT,
            owner_ref INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            theme TEXT,
            created_at INTEGER,
            member_cap INTEGER,
            status TEXT NOT NULL DEFAULT 'active'))",
                R"(CREATE TABLE memberships (
            id INTEGER PRIMARY KEY,
            group_ref INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            joined_at INTEGER NOT NULL,
            left_at INTEGER,
            role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('owner','admin','member')),
            UNIQUE (group_ref, member_ref, joined_at)))",
                "CREATE INDEX memberships_member ON memberships(member_ref)",
                R"(CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY,
            campaign_id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            objective TEXT,
            type TEXT,
            start_at INTEGER,
            end_at INTEGER,
            budget_cents INTEGER,
            target_segment TEXT,
            notes TEXT))",
                R"(CREATE TABLE campaign_costs (
            id INTEGER PRIMARY KEY,
            campaign_ref INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            incurred_at INTEGER NOT NULL))",
                "CREATE INDEX campaign_costs_campaign ON campaign_costs(campaign_ref, incurred_at)",
                "CREATE INDEX campaign_costs_incurred ON campaign_costs(incurred_at)",
                R"(CREATE TABLE content (
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
            conversions INTEGER NOT NULL DEFAULT 0))",
                "CREATE INDEX content_scheduled ON content(scheduled_at)",
                R"(CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            type TEXT NOT NULL CHECK (type IN ('message','read','like','comment','share','click',
                'checkin','live_view','coupon_claim','coupon_redeem','invite','survey')),
            occurred_at INTEGER NOT NULL,
            group_ref INTEGER REFERENCES groups(id) ON DELETE SET NULL,
            content_ref INTEGER REFERENCES content(id) ON DELETE SET NULL,
            campaign_ref INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
            value REAL))",
                "CREATE INDEX events_member_time ON events(member_ref, occurred_at)",
                "CREATE INDEX events_time ON events(occurred_at, member_ref)",
                "CREATE INDEX events_group_time ON events(group_ref, occurred_at) WHERE group_ref "
                "IS NOT NULL",
                R"(CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            order_id TEXT NOT NULL UNIQUE,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            items INTEGER,
            paid_at INTEGER NOT NULL,
            channel TEXT,
            campaign_ref INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
            refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded IN (0,1))))",
                "CREATE INDEX orders_member_time ON orders(member_ref, paid_at)",
                "CREATE INDEX orders_time ON orders(paid_at, member_ref)",
            });
}

// Version 2: what the console keeps about its own work — segments, KPI targets, stage
// history, import batches with their undo log, and the audit log.
Status upgradeToV2(Workspace &ws)
{
    return execAll(ws, {
                           R"(CREATE TABLE stage_history (
            id INTEGER PRIMARY KEY,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            from_stage TEXT,
            to_stage TEXT NOT NULL))",
                           "CREATE INDEX stage_history_member ON stage_history(member_ref, at)",
                           "CREATE INDEX stage_history_at ON stage_history(at)",
                           R"(CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'dynamic' CHECK (kind IN ('dynamic','static')),
            rule TEXT,
            description TEXT,
            created_at INTEGER))",
                           R"(CREATE TABLE segment_members (
            segment_ref INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            member_ref INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            PRIMARY KEY (segment_ref, member_ref)) WITHOUT ROWID)",
                           R"(CREATE TABLE segment_sizes (
            segment_ref INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            size INTEGER NOT NULL,
            PRIMARY KEY (segment_ref, at)) WITHOUT ROWID)",
                           R"(CREATE TABLE kpi_targets (
            id INTEGER PRIMARY KEY,
            metric TEXT NOT NULL,
            period_kind TEXT NOT NULL DEFAULT 'week',
            period_start TEXT NOT NULL,
            target REAL NOT NULL,
            weight REAL NOT NULL DEFAULT 1,
            UNIQUE (metric, period_kind, period_start)))",
                           R"(CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            preset TEXT NOT NULL,
            files TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            rows_read INTEGER NOT NULL DEFAULT 0,
            rows_inserted INTEGER NOT NULL DEFAULT 0,
            rows_updated INTEGER NOT NULL DEFAULT 0,
            rows_rejected INTEGER NOT NULL DEFAULT 0,
            undone_at INTEGER))",
                           // import: an 'insert' entry covers the ids row_ref..row_last
                           // of one table (an import's rows get consecutive ids).
                           R"(CREATE TABLE import_changes (
            batch_ref INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            table_name TEXT NOT NULL,
            row_ref INTEGER NOT NULL,
            row_last INTEGER,
            action TEXT NOT NULL CHECK (action IN ('insert','update')),
            before TEXT,
            PRIMARY KEY (batch_ref, seq)) WITHOUT ROWID)",
                           R"(CREATE TABLE import_presets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            definition TEXT NOT NULL))",
                           R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            action TEXT NOT NULL,
            object_kind TEXT,
            object_ref INTEGER,
            detail TEXT))",
                           // kpi: the KPI engine's scans. Paid orders of a period with
                           // everything the order KPIs and LTV read (no table lookups); survey
                           // answers; members deleted (rare, so a deleted member costs nothing
                           // elsewhere); new members with their referrer (k-factor). SQLite
                           // counts a partial index as covering only when it also holds the
                           // columns of its WHERE, hence `refunded` and `type`.
                           "CREATE INDEX orders_paid ON orders(paid_at, member_ref, amount_cents, "
                           "campaign_ref, refunded) WHERE refunded = 0",
                           "CREATE INDEX events_survey ON events(occurred_at, member_ref, value, "
                           "type) WHERE type = 'survey'",
                           "CREATE INDEX members_deleted ON members(deleted_at, joined_at) WHERE "
                           "deleted_at IS NOT NULL",
                           "CREATE INDEX members_referred ON members(joined_at, referrer_ref) "
                           "WHERE referrer_ref IS NOT NULL",
                           // kpi: paid amounts per quarter hour (every zone's midnight falls
                           // on one), kept by triggers, so that LTV's "paid before the period
                           // end" does not sum millions of orders.
                           R"(CREATE TABLE kpi_paid_buckets (
            start INTEGER PRIMARY KEY,
            cents INTEGER NOT NULL,
            orders INTEGER NOT NULL) WITHOUT ROWID)",
                           R"(CREATE TRIGGER kpi_paid_insert AFTER INSERT ON orders
            WHEN new.refunded = 0 BEGIN
            INSERT INTO kpi_paid_buckets(start, cents, orders)
            VALUES (new.paid_at - ((new.paid_at % 900) + 900) % 900, new.amount_cents, 1)
            ON CONFLICT(start) DO UPDATE SET cents = cents + excluded.cents,
                orders = orders + 1;
            END)",
                           R"(CREATE TRIGGER kpi_paid_delete AFTER DELETE ON orders
            WHEN old.refunded = 0 BEGIN
            UPDATE kpi_paid_buckets SET cents = cents - old.amount_cents, orders = orders - 1
            WHERE start = old.paid_at - ((old.paid_at % 900) + 900) % 900;
            END)",
                           R"(CREATE TRIGGER kpi_paid_update
            AFTER UPDATE OF amount_cents, paid_at, refunded ON orders BEGIN
            UPDATE kpi_paid_buckets SET cents = cents - old.amount_cents, orders = orders - 1
            WHERE old.refunded = 0
              AND start = old.paid_at - ((old.paid_at % 900) + 900) % 900;
            INSERT INTO kpi_paid_buckets(start, cents, orders)
            SELECT new.paid_at - ((new.paid_at % 900) + 900) % 900, new.amount_cents, 1
            WHERE new.refunded = 0
            ON CONFLICT(start) DO UPDATE SET cents = cents + excluded.cents,
                orders = orders + 1;
            END)",
                           R"(INSERT INTO kpi_paid_buckets(start, cents, orders)
            SELECT paid_at - ((paid_at % 900) + 900) % 900 AS start, sum(amount_cents), count(*)
            FROM orders WHERE refunded = 0 GROUP BY start)",
                           // groups: current members of a group, counted for every group in
                           // the list and paged in its detail.
                           "CREATE INDEX memberships_current ON memberships(group_ref, "
                           "member_ref) WHERE left_at IS NULL",
                           // members: sorted lists read their ids from an index over
                           // the live (not deleted) members, one per sortable column.
                           "CREATE INDEX members_live_member_id ON members(member_id) WHERE "
                           "deleted_at IS NULL",
                           "CREATE INDEX members_live_name ON members(name COLLATE NOCASE) WHERE "
                           "deleted_at IS NULL",
                           "CREATE INDEX members_live_remark ON members(remark COLLATE NOCASE) "
                           "WHERE deleted_at IS NULL",
                           "CREATE INDEX members_live_gender ON members(gender) WHERE deleted_at "
                           "IS NULL",
                           "CREATE INDEX members_live_city ON members(city) WHERE deleted_at IS "
                           "NULL",
                           "CREATE INDEX members_live_source ON members(source) WHERE deleted_at "
                           "IS NULL",
                           "CREATE INDEX members_live_staff ON members(staff_ref) WHERE "
                           "deleted_at IS NULL",
                           "CREATE INDEX members_live_stage ON members((CASE stage WHEN "
                           "'awareness' THEN 0 WHEN 'interest' THEN 1 WHEN 'purchase' THEN 2 WHEN "
                           "'loyalty' THEN 3 ELSE 4 END)) WHERE deleted_at IS NULL",
                           "CREATE INDEX members_live_joined ON members(joined_at) WHERE "
                           "deleted_at IS NULL",
                           "CREATE INDEX members_live_active ON members(last_active_at) WHERE "
                           "deleted_at IS NULL",
                           "CREATE INDEX members_live_orders ON members(paid_orders) WHERE "
                           "deleted_at IS NULL",
                           "CREATE INDEX members_live_paid ON members(paid_cents) WHERE "
                           "deleted_at IS NULL",
                           "CREATE INDEX identities_value ON identities(value)",
                           // members: substring search over the contact fields. The trigram
                           // index reads its text from `members` (external content) and
                           // triggers keep it in step with every write.
                           R"(CREATE VIRTUAL TABLE members_fts USING fts5(
            member_id, name, remark, phone, email,
            content = 'members', content_rowid = 'id', tokenize = 'trigram'))",
                           R"(CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
            INSERT INTO members_fts(rowid, member_id, name, remark, phone, email)
            VALUES (new.id, new.member_id, new.name, new.remark, new.phone, new.email);
            END)",
                           R"(CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
            INSERT INTO members_fts(members_fts, rowid, member_id, name, remark, phone, email)
            VALUES ('delete', old.id, old.member_id, old.name, old.remark, old.phone, old.email);
            END)",
                           R"(CREATE TRIGGER members_fts_update
            AFTER UPDATE OF member_id, name, remark, phone, email ON members
            WHEN old.member_id IS NOT new.member_id OR old.name IS NOT new.name
              OR old.remark IS NOT new.remark OR old.phone IS NOT new.phone
              OR old.email IS NOT new.email
            BEGIN
            INSERT INTO members_fts(members_fts, rowid, member_id, name, remark, phone, email)
            VALUES ('delete', old.id, old.member_id, old.name, old.remark, old.phone, old.email);
            INSERT INTO members_fts(rowid, member_id, name, remark, phone, email)
            VALUES (new.id, new.member_id, new.name, new.remark, new.phone, new.email);
            END)",
                           "INSERT INTO members_fts(members_fts) VALUES('rebuild')",
                           // segments: erasing a member cascades into the frozen lists of
                           // static segments, looked up by member.
                           "CREATE INDEX segment_members_member ON segment_members(member_ref)",
                       });
}

bool exists(Workspace &ws, const char *type, const char *name)
{
    auto found = sql::scalar(ws.db(),
                             QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = ? AND "
                                            "name = ?"),
                             {QString::fromLatin1(type), QString::fromLatin1(name)});
    return found && found->toInt() > 0;
}

bool hasColumn(Workspace &ws, const char *table, const char *column)
{
    auto found = sql::scalar(
        ws.db(), QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"),
        {QString::fromLatin1(table), QString::fromLatin1(column)});
    return found && found->toInt() > 0;
}

// Version 3 repairs version 2. `upgradeToV2` was edited after it had landed (six builds wrote
// "version 2" with fewer objects), so a workspace saying version 2 may lack what later code
// needs. Every object of the final version 2 is created here when it is missing, with the same
// text; data derived from other tables (the paid buckets, the search index) is filled only
// when its table was created here. From now on a landed migration is never edited. It also
// adds the hand-edit log of undo-import.
Status upgradeToV3(Workspace &ws)
{
    if (!hasColumn(ws, "import_changes", "row_last")) {
        if (const Status status =
                execAll(ws, {"ALTER TABLE import_changes ADD COLUMN row_last INTEGER"});
            !status)
            return status;
    }
    if (const Status status = execAll(
            ws,
            {
                "CREATE INDEX IF NOT EXISTS orders_paid ON orders(paid_at, member_ref, "
                "amount_cents, campaign_ref, refunded) WHERE refunded = 0",
                "CREATE INDEX IF NOT EXISTS events_survey ON events(occurred_at, member_ref, "
                "value, type) WHERE type = 'survey'",
                "CREATE INDEX IF NOT EXISTS members_deleted ON members(deleted_at, joined_at) "
                "WHERE deleted_at IS NOT NULL",
                "CREATE INDEX IF NOT EXISTS members_referred ON members(joined_at, "
                "referrer_ref) WHERE referrer_ref IS NOT NULL",
                "CREATE INDEX IF NOT EXISTS memberships_current ON memberships(group_ref, "
                "member_ref) WHERE left_at IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_member_id ON members(member_id) WHERE "
                "deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_name ON members(name COLLATE NOCASE) "
                "WHERE deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_remark ON members(remark COLLATE "
                "NOCASE) WHERE deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_gender ON members(gender) WHERE "
                "deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_city ON members(city) WHERE deleted_at "
                "IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_source ON members(source) WHERE "
                "deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_staff ON members(staff_ref) WHERE "
                "deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_stage ON members((CASE stage WHEN "
                "'awareness' THEN 0 WHEN 'interest' THEN 1 WHEN 'purchase' THEN 2 WHEN "
                "'loyalty' THEN 3 ELSE 4 END)) WHERE deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_joined ON members(joined_at) WHERE "
                "deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_active ON members(last_active_at) "
                "WHERE deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_orders ON members(paid_orders) WHERE "
                "deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS members_live_paid ON members(paid_cents) WHERE "
                "deleted_at IS NULL",
                "CREATE INDEX IF NOT EXISTS identities_value ON identities(value)",
                "CREATE INDEX IF NOT EXISTS segment_members_member ON "
                "segment_members(member_ref)",
            });
        !status)
        return status;
    if (!exists(ws, "table", "kpi_paid_buckets")) {
        if (const Status status = execAll(ws,
                                          {
                                              R"(CREATE TABLE kpi_paid_buckets (
            start INTEGER PRIMARY KEY,
            cents INTEGER NOT NULL,
            orders INTEGER NOT NULL) WITHOUT ROWID)",
                                              R"(INSERT INTO kpi_paid_buckets(start, cents, orders)
            SELECT paid_at - ((paid_at % 900) + 900) % 900 AS start, sum(amount_cents), count(*)
            FROM orders WHERE refunded = 0 GROUP BY start)",
                                          });
            !status)
            return status;
    }
    if (const Status status =
            execAll(ws,
                    {
                        R"(CREATE TRIGGER IF NOT EXISTS kpi_paid_insert AFTER INSERT ON orders
            WHEN new.refunded = 0 BEGIN
            INSERT INTO kpi_paid_buckets(start, cents, orders)
            VALUES (new.paid_at - ((new.paid_at % 900) + 900) % 900, new.amount_cents, 1)
            ON CONFLICT(start) DO UPDATE SET cents = cents + excluded.cents,
                orders = orders + 1;
            END)",
                        R"(CREATE TRIGGER IF NOT EXISTS kpi_paid_delete AFTER DELETE ON orders
            WHEN old.refunded = 0 BEGIN
            UPDATE kpi_paid_buckets SET cents = cents - old.amount_cents, orders = orders - 1
            WHERE start = old.paid_at - ((old.paid_at % 900) + 900) % 900;
            END)",
                        R"(CREATE TRIGGER IF NOT EXISTS kpi_paid_update
            AFTER UPDATE OF amount_cents, paid_at, refunded ON orders BEGIN
            UPDATE kpi_paid_buckets SET cents = cents - old.amount_cents, orders = orders - 1
            WHERE old.refunded = 0
              AND start = old.paid_at - ((old.paid_at % 900) + 900) % 900;
            INSERT INTO kpi_paid_buckets(start, cents, orders)
            SELECT new.paid_at - ((new.paid_at % 900) + 900) % 900, new.amount_cents, 1
            WHERE new.refunded = 0
            ON CONFLICT(start) DO UPDATE SET cents = cents + excluded.cents,
                orders = orders + 1;
            END)",
                    });
        !status)
        return status;
    const bool searchIndexExisted = exists(ws, "table", "members_fts");
    if (const Status status = execAll(
            ws,
            {
                R"(CREATE VIRTUAL TABLE IF NOT EXISTS members_fts USING fts5(
            member_id, name, remark, phone, email,
            content = 'members', content_rowid = 'id', tokenize = 'trigram'))",
                R"(CREATE TRIGGER IF NOT EXISTS members_fts_insert AFTER INSERT ON members BEGIN
            INSERT INTO members_fts(rowid, member_id, name, remark, phone, email)
            VALUES (new.id, new.member_id, new.name, new.remark, new.phone, new.email);
            END)",
                R"(CREATE TRIGGER IF NOT EXISTS members_fts_delete AFTER DELETE ON members BEGIN
            INSERT INTO members_fts(members_fts, rowid, member_id, name, remark, phone, email)
            VALUES ('delete', old.id, old.member_id, old.name, old.remark, old.phone, old.email);
            END)",
                R"(CREATE TRIGGER IF NOT EXISTS members_fts_update
            AFTER UPDATE OF member_id, name, remark, phone, email ON members
            WHEN old.member_id IS NOT new.member_id OR old.name IS NOT new.name
              OR old.remark IS NOT new.remark OR old.phone IS NOT new.phone
              OR old.email IS NOT new.email
            BEGIN
            INSERT INTO members_fts(members_fts, rowid, member_id, name, remark, phone, email)
            VALUES ('delete', old.id, old.member_id, old.name, old.remark, old.phone, old.email);
            INSERT INTO members_fts(rowid, member_id, name, remark, phone, email)
            VALUES (new.id, new.member_id, new.name, new.remark, new.phone, new.email);
            END)",
            });
        !status)
        return status;
    if (!searchIndexExisted) {
        if (const Status status =
                execAll(ws, {"INSERT INTO members_fts(members_fts) VALUES('rebuild')"});
            !status)
            return status;
    }
    // undo-import: rows changed by hand since an import, with the newest batch at the time
    // of the edit (exact where a clock of seconds is not).
    return execAll(ws, {R"(CREATE TABLE hand_edits (
            table_name TEXT NOT NULL,
            row_ref INTEGER NOT NULL,
            after_batch INTEGER NOT NULL,
            PRIMARY KEY (table_name, row_ref)) WITHOUT ROWID)"});
}

// Version 4: a member's phone as the source wrote it (`phone` holds the E.164 form since this
// version; older rows keep what they had until they are imported or edited again), and a
// lifecycle stage a person set by hand, which wins over the computed one until it is cleared.
Status upgradeToV4(Workspace &ws)
{
    return execAll(ws, {"ALTER TABLE members ADD COLUMN phone_raw TEXT",
                        "ALTER TABLE members ADD COLUMN stage_override TEXT CHECK (stage_override "
                        "IN ('awareness','interest','purchase','loyalty','churn'))"});
}

// Version 5: stages kept exact over time (lifecycle.h). `stage_history.by_rules` tells the
// rows of the stage rules' timeline (rebuilt by every refresh) from moves by hand (and every row
// recorded before this version), read by member, kind and time without the table; paid orders
// by member and time for the stage timelines; and the members whose stage changes by time
// passing alone, found by their last touch or, for repeat buyers, their last paid order.
Status upgradeToV5(Workspace &ws)
{
    return execAll(
        ws, {"ALTER TABLE stage_history ADD COLUMN by_rules INTEGER NOT NULL DEFAULT 0",
             "DROP INDEX IF EXISTS stage_history_member",
             "CREATE INDEX stage_history_member ON stage_history(member_ref, by_rules, at, "
             "to_stage)",
             "CREATE INDEX orders_member_paid ON orders(member_ref, paid_at, amount_cents, "
             "refunded) WHERE refunded = 0",
             "CREATE INDEX members_live_touch ON members(max(joined_at, coalesce(last_active_at, "
             "joined_at), coalesce(last_order_at, joined_at))) WHERE deleted_at IS NULL",
             "CREATE INDEX members_live_repeat ON members(last_order_at) WHERE deleted_at IS "
             "NULL AND paid_orders >= 2"});
}

// Version 6: the content calendar. An item's body text; SOP series (群SOP), each a recurring
// plan over target groups (listed, or every group whose name or theme holds `group_tag`) that
// generates one item per group and occurrence, linked back by `series_ref` and the local day
// of its occurrence (`series_day`). An occurrence edited by hand is `series_detached` (the
// series no longer rewrites it); a skipped one is a row of `content_series_skips`. The events
// of an item are found by their index.
Status upgradeToV6(Workspace &ws)
{
    return execAll(
        ws,
        {R"(CREATE TABLE content_series (
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
            group_tag TEXT))",
         R"(CREATE TABLE content_series_groups (
            series_ref INTEGER NOT NULL REFERENCES content_series(id) ON DELETE CASCADE,
            group_ref INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            PRIMARY KEY (series_ref, group_ref)) WITHOUT ROWID)",
         R"(CREATE TABLE content_series_skips (
            series_ref INTEGER NOT NULL REFERENCES content_series(id) ON DELETE CASCADE,
            group_ref INTEGER NOT NULL,
            occurs_on TEXT NOT NULL,
            PRIMARY KEY (series_ref, group_ref, occurs_on)) WITHOUT ROWID)",
         "ALTER TABLE content ADD COLUMN body TEXT",
         "ALTER TABLE content ADD COLUMN series_ref INTEGER REFERENCES content_series(id) ON "
         "DELETE SET NULL",
         "ALTER TABLE content ADD COLUMN series_day TEXT",
         "ALTER TABLE content ADD COLUMN series_detached INTEGER NOT NULL DEFAULT 0",
         "CREATE INDEX content_series_items ON content(series_ref, series_day) WHERE series_ref "
         "IS NOT NULL",
         "CREATE INDEX content_group_time ON content(group_ref, scheduled_at) WHERE group_ref IS "
         "NOT NULL",
         // An item's events (reads, likes, …), for the before-image of an edit and for the
         // foreign key when an item goes: without it each was a scan of every event.
         "CREATE INDEX events_content ON events(content_ref) WHERE content_ref IS NOT NULL"});
}

// Version 7: the members whose stage changes by time passing alone are found through the
// index of each of their last touch's parts (lifecycle.cpp, dueMembers): the last event's
// (members_live_active), joining's (members_live_joined) and the last paid order's, which
// replaces the index of the last touch as a whole and the one of repeat buyers' last orders.
// Every event imported for a member rewrote their entry in the index of the whole; only the
// last event's is rewritten now, which halves what an events import costs in the members
// table.
Status upgradeToV7(Workspace &ws)
{
    return execAll(ws, {"DROP INDEX IF EXISTS members_live_touch",
                        "DROP INDEX IF EXISTS members_live_repeat",
                        "CREATE INDEX members_live_last_order ON members(last_order_at) WHERE "
                        "deleted_at IS NULL AND last_order_at IS NOT NULL"});
}

using Migration = std::function<Status(Workspace &)>;

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{upgradeToV1, upgradeToV2, upgradeToV3, upgradeToV4,
                                            upgradeToV5, upgradeToV6, upgradeToV7};
    return all;
}

} // namespace

int currentVersion()
{
    return int(migrations().size());
}

Status upgrade(Workspace &workspace, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        Transaction transaction(workspace);
        if (!transaction.isActive())
            return transaction.error();
        // Another process may have upgraded the file while this one waited for the lock.
        auto now = sql::scalar(workspace.db(), QStringLiteral("PRAGMA user_version"));
        if (!now)
            return now.error();
        if (now->toInt() >= version)
            continue;
        if (const Status status = migrations().at(size_t(version - 1))(workspace); !status)
            return makeError(QStringLiteral("upgrading the workspace to version %1 failed: %2")
                                 .arg(version)
                                 .arg(status.error().message));
        // PRAGMA values cannot be bound; these are integers of ours, not input.
        for (const QString &pragma :
             {QStringLiteral("PRAGMA user_version = %1").arg(version),
              QStringLiteral("PRAGMA application_id = %1").arg(applicationId)}) {
            if (const Status status = sql::exec(workspace.db(), pragma); !status)
                return status;
        }
        if (const Status status = transaction.commit(); !status)
            return status;
    }
    return {};
}

} // namespace siyu::schema
