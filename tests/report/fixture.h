// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small hand-built brand for the report tests: six members over the twelve ISO weeks
// 2026-W36 ... 2026-W47, with events, orders, content, campaigns and groups whose KPIs are
// worked out by hand in tst_series.cpp. Every time is local to the workspace's zone, so the
// expected values hold in any zone.

#include "models/common/timeutil.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <memory>

namespace fixture {

using siyu::Workspace;

inline qint64 at(const Workspace &ws, const char *local)
{
    return *siyu::timeutil::parseIsoDateTime(QString::fromLatin1(local), ws.timeZone());
}

inline QDate monday(int week)
{
    return siyu::timeutil::mondayOfIsoWeek(2026, week);
}

// Local time `hour`:00 on day `dayOfWeek` (1 = Monday) of ISO week `week` of 2026.
inline qint64 inWeek(const Workspace &ws, int week, int dayOfWeek, int hour)
{
    const QDate day = monday(week).addDays(dayOfWeek - 1);
    return QDateTime(day, QTime(hour, 0), ws.timeZone()).toSecsSinceEpoch();
}

inline bool exec(Workspace &ws, const char *statement, const QVariantList &binds)
{
    return siyu::sql::exec(ws.db(), QString::fromUtf8(statement), binds).ok();
}

inline bool member(Workspace &ws, int id, const char *name, qint64 joined, QVariant deleted = {},
                   QVariant referrer = {})
{
    return exec(
        ws,
        "INSERT INTO members (id, member_id, name, joined_at, deleted_at, referrer_ref) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {id, QStringLiteral("M%1").arg(id), QString::fromUtf8(name), joined, deleted, referrer});
}

inline bool event(Workspace &ws, int member, const char *type, qint64 t, QVariant content = {},
                  QVariant campaign = {}, QVariant group = {})
{
    return exec(ws,
                "INSERT INTO events (member_ref, type, occurred_at, content_ref, campaign_ref, "
                "group_ref) VALUES (?, ?, ?, ?, ?, ?)",
                {member, QString::fromLatin1(type), t, content, campaign, group});
}

inline bool order(Workspace &ws, const char *id, int member, qint64 cents, qint64 t,
                  QVariant campaign = {}, int refunded = 0)
{
    return exec(ws,
                "INSERT INTO orders (order_id, member_ref, amount_cents, paid_at, campaign_ref, "
                "refunded) VALUES (?, ?, ?, ?, ?, ?)",
                {QString::fromLatin1(id), member, cents, t, campaign, refunded});
}

inline bool content(Workspace &ws, int id, const char *title, const char *status, qint64 t,
                    int reads, int likes, int comments, int shares, int clicks)
{
    return exec(ws,
                "INSERT INTO content (id, content_id, title, kind, status, scheduled_at, reads, "
                "likes, comments, shares, clicks) VALUES (?, ?, ?, 'article', ?, ?, ?, ?, ?, ?, ?)",
                {id, QStringLiteral("K%1").arg(id), QString::fromUtf8(title),
                 QString::fromLatin1(status), t, reads, likes, comments, shares, clicks});
}

inline bool populate(Workspace &ws)
{
    bool ok = true;
    // Members: m1 and m2 before the twelve weeks, m3 and m4 in W40 (m4 deleted in W42), m5 in
    // W47 invited by m2, m6 after the weeks.
    ok &= member(ws, 1, "张三", at(ws, "2026-08-01 10:00"));
    ok &= member(ws, 2, "Li Si", at(ws, "2026-08-01 11:00"));
    ok &= member(ws, 3, "王五", inWeek(ws, 40, 2, 9));
    ok &= member(ws, 4, "Gone Member", inWeek(ws, 40, 3, 9), inWeek(ws, 42, 3, 12));
    ok &= member(ws, 5, "赵六", inWeek(ws, 47, 2, 9), {}, 2);
    ok &= member(ws, 6, "Late Joiner", at(ws, "2026-11-25 10:00"));

    ok &= exec(
        ws,
        "INSERT INTO campaigns (id, campaign_id, name, type, start_at, end_at) VALUES "
        "(1, 'C1', '双十一预热 Double 11', 'coupon', ?, ?), "
        "(2, 'C2', 'Summer', 'lucky_draw', ?, ?)",
        {at(ws, "2026-11-09"), at(ws, "2026-11-30"), at(ws, "2026-07-01"), at(ws, "2026-07-31")});
    ok &= exec(ws,
               "INSERT INTO campaign_costs (campaign_ref, category, amount_cents, incurred_at) "
               "VALUES (1, 'ads', 4000, ?), (1, 'coupons', 1000, ?), (2, 'prizes', 2500, ?)",
               {at(ws, "2026-11-10 12:00"), inWeek(ws, 47, 3, 12), at(ws, "2026-07-10")});
    ok &= exec(ws,
               "INSERT INTO groups (id, group_id, name, platform, member_cap) VALUES "
               "(1, 'G1', 'VIP 会员群', 'wecom', 5), (2, 'G2', 'Early birds', 'wechat', 2)",
               {});
    ok &= exec(ws,
               "INSERT INTO memberships (group_ref, member_ref, joined_at) VALUES "
               "(1, 1, ?), (1, 2, ?), (1, 3, ?), (1, 5, ?), (2, 1, ?), (2, 2, ?)",
               {at(ws, "2026-08-01 12:00"), at(ws, "2026-08-01 12:00"), inWeek(ws, 40, 2, 10),
                inWeek(ws, 47, 2, 10), at(ws, "2026-08-01 12:00"), at(ws, "2026-08-01 12:00")});

    ok &= content(ws, 1, "双十一预告 Preview", "published", inWeek(ws, 47, 2, 9), 1000, 50, 10, 40,
                  100);
    ok &= content(ws, 2, "Member day recap", "reviewed", inWeek(ws, 47, 3, 9), 200, 30, 0, 10, 20);
    ok &= content(ws, 3, "Draft only", "draft", inWeek(ws, 47, 4, 9), 500, 90, 90, 90, 50);
    ok &= content(ws, 4, "Unread poster", "published", inWeek(ws, 47, 4, 9), 0, 0, 0, 0, 0);
    ok &= content(ws, 5, "Last week's live", "published", inWeek(ws, 46, 3, 20), 100, 5, 0, 0, 7);

    for (int week = 36; week <= 43; ++week) {
        ok &= event(ws, 1, "message", inWeek(ws, week, 2, 10), {}, {}, 1);
        ok &= event(ws, 1, "message", inWeek(ws, week, 4, 15), {}, {}, 1);
    }
    for (int week = 36; week <= 47; ++week)
        ok &= event(ws, 2, "message", inWeek(ws, week, 3, 10), {}, {}, 1);
    ok &= event(ws, 3, "checkin", inWeek(ws, 40, 3, 10));
    ok &= event(ws, 3, "message", inWeek(ws, 41, 2, 10), {}, {}, 1);
    ok &= event(ws, 3, "message", inWeek(ws, 41, 5, 10), {}, {}, 1);
    ok &= event(ws, 3, "checkin", inWeek(ws, 45, 1, 10));
    ok &= event(ws, 4, "checkin", inWeek(ws, 40, 4, 10));
    ok &= event(ws, 4, "checkin", inWeek(ws, 43, 2, 10));
    ok &= event(ws, 5, "read", inWeek(ws, 47, 2, 12), 1);
    ok &= event(ws, 5, "click", inWeek(ws, 47, 3, 12), 2);
    // m2 is reached five times in W47: four content items and a campaign push.
    ok &= event(ws, 2, "read", inWeek(ws, 47, 2, 11), 1);
    ok &= event(ws, 2, "like", inWeek(ws, 47, 2, 12), 2);
    ok &= event(ws, 2, "read", inWeek(ws, 47, 4, 11), 4);
    ok &= event(ws, 2, "read", inWeek(ws, 47, 5, 11), 5);
    ok &= event(ws, 2, "coupon_claim", inWeek(ws, 47, 6, 11), {}, 1);
    ok &= event(ws, 6, "message", at(ws, "2026-11-26 10:00"), {}, {}, 1);

    ok &= order(ws, "O1", 2, 10000, inWeek(ws, 46, 4, 20), 1);
    ok &= order(ws, "O2", 2, 5050, inWeek(ws, 47, 3, 20));
    ok &= order(ws, "O3", 5, 2000, inWeek(ws, 47, 4, 10));
    ok &= order(ws, "O4", 5, 3000, inWeek(ws, 47, 5, 10), 1);
    ok &= order(ws, "O5", 5, 9900, inWeek(ws, 47, 6, 10), {}, 1);
    ok &= order(ws, "O6", 4, 1500, inWeek(ws, 40, 4, 10));
    return ok;
}

// A new workspace at `path` in `zone`, filled with the brand.
inline std::unique_ptr<Workspace> create(const QString &path, const QByteArray &zone)
{
    auto ws = Workspace::open(path);
    if (!ws)
        return nullptr;
    std::unique_ptr<Workspace> out = std::move(*ws);
    if (!siyu::settings::timeZone.set(*out, QString::fromLatin1(zone)))
        return nullptr;
    out->reloadSettings();
    siyu::Transaction transaction(*out);
    if (!populate(*out) || !transaction.commit())
        return nullptr;
    return out;
}

} // namespace fixture
