// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/timeutil.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QString>
#include <QTimeZone>

// The workspace of the rule builder's tests: "Shanghai members with two or more paid orders in
// the last 90 days who are not in the VIP group" matches m02, m07 and m09 as of 2026-11-16.
//
//  ref member name   city  paid orders in the 90 days before as-of    VIP group (group_id vip)
//   1  m01    张三   上海  3                                           member
//   2  m02    李四   上海  2                                           -
//   3  m03    王五   上海  1                                           -
//   4  m04    赵六   北京  2                                           -
//   5  m05    Eve    上海  2, one of them refunded                     -
//   6  m06    Frank  上海  2, one 100 days before                      -
//   7  m07    Grace  上海  2                                           left 2026-10-01
//   8  m08    Gone   上海  2                                           -   (deleted)
//   9  m09    Hana   上海  2                                           -
// Group "Fans" (fans) has m03 and m09. m02 has phone +8613812345678 and email li@example.com.
namespace builderfixture {

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

inline QString expectedJson()
{
    return QStringLiteral(R"({"all":[{"field":"city","op":"=","value":"上海"},)"
                          R"({"orders":{"count":[">=",2],"within_days":90}},)"
                          R"({"not":{"in_group":"vip"}}]})");
}

inline bool exec(siyu::Workspace &ws, const QString &statement, const QVariantList &binds = {})
{
    const siyu::Status status = siyu::sql::exec(ws.db(), statement, binds);
    if (!status)
        qWarning("fixture: %s", qPrintable(status.error().message));
    return status.ok();
}

inline bool build(siyu::Workspace &ws)
{
    if (!siyu::settings::timeZone.set(ws, QStringLiteral("Asia/Shanghai")))
        return false;
    ws.reloadSettings();
    const QVariant none(QMetaType::fromType<QString>());
    struct Person
    {
        int ref;
        const char *name;
        const char *city;
        QVariant deletedAt;
    };
    const Person people[] = {
        {1, "张三", "上海", none},  {2, "李四", "上海", none},
        {3, "王五", "上海", none},  {4, "赵六", "北京", none},
        {5, "Eve", "上海", none},   {6, "Frank", "上海", none},
        {7, "Grace", "上海", none}, {8, "Gone", "上海", at("2026-11-01")},
        {9, "Hana", "上海", none},
    };
    bool ok = true;
    for (const Person &p : people) {
        ok &= exec(ws,
                   QStringLiteral("INSERT INTO members(id, member_id, name, city, joined_at, "
                                  "deleted_at, phone, email) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                   {p.ref, QStringLiteral("m%1").arg(p.ref, 2, 10, QLatin1Char('0')),
                    QString::fromUtf8(p.name), QString::fromUtf8(p.city), at("2026-01-05"),
                    p.deletedAt, p.ref == 2 ? QVariant(QStringLiteral("+8613812345678")) : none,
                    p.ref == 2 ? QVariant(QStringLiteral("li@example.com")) : none});
    }
    const qint64 t = asOf();
    struct Order
    {
        int member;
        qint64 daysBefore;
        int refunded;
    };
    const Order orders[] = {
        {1, 5, 0},  {1, 20, 0}, {1, 40, 0}, {2, 3, 0},  {2, 60, 0}, {3, 10, 0},
        {4, 10, 0}, {4, 11, 0}, {5, 10, 0}, {5, 12, 1}, {6, 10, 0}, {6, 100, 0},
        {7, 1, 0},  {7, 89, 0}, {8, 2, 0},  {8, 4, 0},  {9, 30, 0}, {9, 31, 0},
    };
    int n = 0;
    for (const Order &o : orders) {
        ok &= exec(
            ws,
            QStringLiteral("INSERT INTO orders(order_id, member_ref, amount_cents, paid_at, "
                           "refunded) VALUES(?, ?, ?, ?, ?)"),
            {QStringLiteral("o%1").arg(++n), o.member, 10000, t - o.daysBefore * day, o.refunded});
    }
    ok &= exec(ws, QStringLiteral("INSERT INTO groups(id, group_id, name) VALUES(1, 'vip', 'VIP'), "
                                  "(2, 'fans', 'Fans')"));
    const QString membership = QStringLiteral(
        "INSERT INTO memberships(group_ref, member_ref, joined_at, left_at) VALUES(?, ?, ?, ?)");
    ok &= exec(ws, membership, {1, 1, at("2026-02-01"), none});
    ok &= exec(ws, membership, {1, 7, at("2026-02-01"), at("2026-10-01")});
    ok &= exec(ws, membership, {2, 3, at("2026-02-01"), none});
    ok &= exec(ws, membership, {2, 9, at("2026-02-01"), none});
    ok &= exec(ws, QStringLiteral("INSERT INTO tags(id, name) VALUES(1, 'VIP'), (2, '新客')"));
    ok &= exec(ws, QStringLiteral("INSERT INTO member_tags(member_ref, tag_ref) VALUES(1, 1), "
                                  "(2, 2)"));
    ok &= exec(ws,
               QStringLiteral("INSERT INTO events(member_ref, type, occurred_at) VALUES(1, "
                              "'message', ?), (2, 'read', ?)"),
               {t - day, t - 2 * day});
    return ok;
}

} // namespace builderfixture
