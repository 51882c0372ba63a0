// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/timeutil.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QStringList>
#include <QTimeZone>

// A hand-built workspace whose every rule result is known (see the comments).
//
// Time zone Asia/Shanghai (UTC+8). As of 2026-11-16 00:00 local.
//
//  ref member  name         remark   g  city      phone        email              source
//   1  m01     Alice Chen   VIP北京  F  Beijing   13812345678  alice@example.com  wecom
//   2  m02     bob li       (null)   M  Shanghai  (null)       bob@example.com    shop
//   3  m03     Carol        ''       U  (null)    13900001111  (null)             wecom
//   4  m04     David        老客户   M  Beijing   (null)       (null)             discord
//   5  m05     Eve          (null)   F  Guangzhou (null)       (null)             shop
//   6  m06     Frank        (null)   M  Beijing   (null)       (null)             wecom  DELETED
//   7  m07     grace        (null)   F  Shenzhen  (null)       (null)             Shop
//
//  ref joined (local)        staff  stage      consent  custom
//   1  2026-01-10 09:30      Lin    loyalty    yes
//   {"skin_type":"dry","birthday_month":3,"vip":true} 2  2026-03-01 00:00      Wang   purchase   no
//   {"skin_type":"oily","birthday_month":"11"} 3  2026-03-01 15:45      -      interest   unknown
//   {"birthday_month":12.5,"note":"x'); DROP..."} 4  2026-06-15 05:00      Lin    churn      yes
//   {not json 5  2026-11-15 23:59:59   Wang   awareness  unknown  (null) 6  2026-02-01 00:00 Lin
//   loyalty    yes      (null) 7  2025-12-31 23:00      -      purchase   unknown  {"skin
//   type":"normal","quote\"key":"q"}
//
// Tags: VIP = m01, m06; new = m05; 老客户 = m02, m04.
// Groups g1, g2. Memberships: g1: m01 (current), m02 (left 2026-10-01), m03 (leaves
// 2026-12-01, after as-of), m06 (current); g2: m02, m04 (current).
// Identities: wecom m01; shop m02, m07.
// Paid orders (days before as-of): m01 100.00@1, 50.50@10, 200.00@100 (+ 30.00@2 refunded);
// m02 99.99@30, 10.00@200; m03 only 500.00@5 refunded; m04 1000.00@400; m05 20.00@0 (at
// as-of exactly); m06 300.00@3; m07 60.00@31, 40.00@90.
// Events: m01 message@1h, message@2d, read@40d; m02 message@30d, like@31d; m03 checkin@29d;
// m04 message@100d; m05 none; m06 message@1d; m07 survey@5d, message@0 (at as-of).
namespace segmentfixture {

inline QTimeZone zone()
{
    return QTimeZone("Asia/Shanghai");
}

inline qint64 at(const char *local)
{
    return *siyu::timeutil::parseIsoDateTime(QString::fromLatin1(local), zone());
}

inline qint64 asOf()
{
    return at("2026-11-16");
}

constexpr qint64 day = 86400;

inline bool exec(siyu::Workspace &ws, const char *statement, const QVariantList &binds = {})
{
    const siyu::Status status = siyu::sql::exec(ws.db(), QString::fromUtf8(statement), binds);
    if (!status)
        qWarning("fixture: %s", qPrintable(status.error().message));
    return status.ok();
}

inline QVariant null()
{
    return QVariant(QMetaType::fromType<QString>());
}

inline bool addMember(siyu::Workspace &ws, int ref, const QVariantList &values)
{
    QVariantList binds{ref};
    binds += values;
    return exec(ws,
                "INSERT INTO members(id, member_id, name, remark, gender, city, phone, email, "
                "source, joined_at, staff_ref, stage, consent, custom, deleted_at) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                binds);
}

// UTF-8 text for a bound value.
inline QVariant t(const char *text)
{
    return QString::fromUtf8(text);
}

inline bool addMembers(siyu::Workspace &ws)
{
    const QVariant n = null();
    const QString drop = QStringLiteral("x'); DROP TABLE members; --");
    bool ok = true;
    ok &=
        addMember(ws, 1,
                  {t("m01"), t("Alice Chen"), t("VIP北京"), t("F"), t("Beijing"), t("13812345678"),
                   t("alice@example.com"), t("wecom"), at("2026-01-10 09:30"), 1, t("loyalty"),
                   t("yes"), t(R"({"skin_type":"dry","birthday_month":3,"vip":true})"), n});
    ok &= addMember(ws, 2,
                    {t("m02"), t("bob li"), n, t("M"), t("Shanghai"), n, t("bob@example.com"),
                     t("shop"), at("2026-03-01"), 2, t("purchase"), t("no"),
                     t(R"({"skin_type":"oily","birthday_month":"11"})"), n});
    ok &= addMember(ws, 3,
                    {t("m03"), t("Carol"), t(""), t("U"), n, t("13900001111"), n, t("wecom"),
                     at("2026-03-01 15:45"), n, t("interest"), t("unknown"),
                     QStringLiteral(R"({"birthday_month":12.5,"note":"%1"})").arg(drop), n});
    ok &= addMember(ws, 4,
                    {t("m04"), t("David"), t("老客户"), t("M"), t("Beijing"), n, n, t("discord"),
                     at("2026-06-15 05:00"), 1, t("churn"), t("yes"), t("{not json"), n});
    ok &= addMember(ws, 5,
                    {t("m05"), t("Eve"), n, t("F"), t("Guangzhou"), n, n, t("shop"),
                     at("2026-11-15 23:59:59"), 2, t("awareness"), t("unknown"), n, n});
    ok &= addMember(ws, 6,
                    {t("m06"), t("Frank"), n, t("M"), t("Beijing"), n, n, t("wecom"),
                     at("2026-02-01"), 1, t("loyalty"), t("yes"), n, at("2026-11-01")});
    ok &= addMember(ws, 7,
                    {t("m07"), t("grace"), n, t("F"), t("Shenzhen"), n, n, t("Shop"),
                     at("2025-12-31 23:00"), n, t("purchase"), t("unknown"),
                     t("{\"skin type\":\"normal\",\"quote\\\"key\":\"q\"}"), n});
    return ok;
}

inline bool addOrder(siyu::Workspace &ws, const char *id, int member, qint64 cents, qint64 time,
                     int refunded = 0)
{
    return exec(ws,
                "INSERT INTO orders(order_id, member_ref, amount_cents, paid_at, refunded) "
                "VALUES(?, ?, ?, ?, ?)",
                {QString::fromLatin1(id), member, cents, time, refunded});
}

inline bool addEvent(siyu::Workspace &ws, int member, const char *type, qint64 time)
{
    return exec(ws, "INSERT INTO events(member_ref, type, occurred_at) VALUES(?, ?, ?)",
                {member, QString::fromLatin1(type), time});
}

inline bool addActivity(siyu::Workspace &ws)
{
    const qint64 t = asOf();
    bool ok = true;
    ok &= addOrder(ws, "o1", 1, 10000, t - 1 * day);
    ok &= addOrder(ws, "o2", 1, 5050, t - 10 * day);
    ok &= addOrder(ws, "o3", 1, 20000, t - 100 * day);
    ok &= addOrder(ws, "o4", 1, 3000, t - 2 * day, 1);
    ok &= addOrder(ws, "o5", 2, 9999, t - 30 * day);
    ok &= addOrder(ws, "o6", 2, 1000, t - 200 * day);
    ok &= addOrder(ws, "o7", 3, 50000, t - 5 * day, 1);
    ok &= addOrder(ws, "o8", 4, 100000, t - 400 * day);
    ok &= addOrder(ws, "o9", 5, 2000, t);
    ok &= addOrder(ws, "o10", 6, 30000, t - 3 * day);
    ok &= addOrder(ws, "o11", 7, 6000, t - 31 * day);
    ok &= addOrder(ws, "o12", 7, 4000, t - 90 * day);
    ok &= addEvent(ws, 1, "message", t - 3600);
    ok &= addEvent(ws, 1, "message", t - 2 * day);
    ok &= addEvent(ws, 1, "read", t - 40 * day);
    ok &= addEvent(ws, 2, "message", t - 30 * day);
    ok &= addEvent(ws, 2, "like", t - 31 * day);
    ok &= addEvent(ws, 3, "checkin", t - 29 * day);
    ok &= addEvent(ws, 4, "message", t - 100 * day);
    ok &= addEvent(ws, 6, "message", t - 1 * day);
    ok &= addEvent(ws, 7, "survey", t - 5 * day);
    ok &= addEvent(ws, 7, "message", t);
    return ok;
}

inline bool addRelations(siyu::Workspace &ws)
{
    bool ok = true;
    ok &=
        exec(ws, "INSERT INTO tags(id, name) VALUES(1, 'VIP'), (2, 'new'), (3, ?)", {t("老客户")});
    ok &= exec(ws, "INSERT INTO member_tags(member_ref, tag_ref) VALUES(1, 1), (6, 1), (5, 2), "
                   "(2, 3), (4, 3)");
    ok &= exec(ws, "INSERT INTO groups(id, group_id, name) VALUES(1, 'g1', 'Fans'), "
                   "(2, 'g2', 'Buyers')");
    const char *membership = "INSERT INTO memberships(group_ref, member_ref, joined_at, left_at) "
                             "VALUES(?, ?, ?, ?)";
    ok &= exec(ws, membership, {1, 1, at("2026-02-01"), null()});
    ok &= exec(ws, membership, {1, 2, at("2026-03-05"), at("2026-10-01")});
    ok &= exec(ws, membership, {1, 3, at("2026-03-05"), at("2026-12-01")});
    ok &= exec(ws, membership, {1, 6, at("2026-03-05"), null()});
    ok &= exec(ws, membership, {2, 2, at("2026-03-05"), null()});
    ok &= exec(ws, membership, {2, 4, at("2026-07-01"), null()});
    ok &= exec(ws, "INSERT INTO identities(member_ref, kind, value) VALUES(1, 'wecom', 'w1'), "
                   "(2, 'shop', 's2'), (7, 'shop', 's7')");
    return ok;
}

// Fills an empty workspace; false when any statement failed.
inline bool build(siyu::Workspace &ws)
{
    if (!siyu::settings::timeZone.set(ws, QStringLiteral("Asia/Shanghai")))
        return false;
    ws.reloadSettings();
    // Staff first: members refer to them.
    return exec(ws, "INSERT INTO staff(id, name) VALUES(1, 'Lin'), (2, 'Wang')") &&
           addMembers(ws) && addRelations(ws) && addActivity(ws);
}

} // namespace segmentfixture
