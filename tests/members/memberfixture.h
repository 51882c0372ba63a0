// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small, deterministic workspace for the members tests, built with plain SQL so that the
// tests depend on nothing but the store. Tests compute what they expect from `members`.

#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace siyu::fixture {

struct Member
{
    qint64 ref = 0;
    QString memberId;
    QString name;
    QString remark;
    QString gender;
    QString city;
    QString phone;
    QString email;
    QString source;
    std::optional<qint64> staffRef;
    QString stage;
    qint64 joinedAt = 0;
    QStringList tags;
    QList<qint64> groups; // current memberships
    int events = 0;
    int paidOrders = 0;
    qint64 paidCents = 0;
};

inline constexpr qint64 baseTime = 1767225600; // 2026-01-01 00:00 UTC
inline const QStringList staffNames{QStringLiteral("Lin Wei"), QStringLiteral("Zhao Min"),
                                    QStringLiteral("Chen Jing")};
inline const QStringList tagNames{QStringLiteral("vip"), QStringLiteral("newbie"),
                                  QStringLiteral("coupon-fan")};

inline Member describe(int i)
{
    static const QStringList first{QStringLiteral("Alice"), QStringLiteral("Bob"),
                                   QStringLiteral("Chen"),  QStringLiteral("Dana"),
                                   QStringLiteral("Emma"),  QStringLiteral("Feng"),
                                   QStringLiteral("Grace"), QStringLiteral("Hui"),
                                   QStringLiteral("Ivan"),  QStringLiteral("Jing")};
    static const QStringList last{QStringLiteral("Wang"),  QStringLiteral("Li"),
                                  QStringLiteral("Zhang"), QStringLiteral("Liu"),
                                  QStringLiteral("Smith"), QStringLiteral("Zhou"),
                                  QStringLiteral("Brown"), QStringLiteral("Sun"),
                                  QStringLiteral("Wu"),    QStringLiteral("Xu")};
    static const QStringList chinese{QStringLiteral("王小明"), QStringLiteral("李娜"),
                                     QStringLiteral("张伟"), QStringLiteral("刘芳")};
    static const QStringList sources{QStringLiteral("wecom"), QStringLiteral("shop"),
                                     QStringLiteral("telegram")};
    static const QStringList cities{QStringLiteral("Shanghai"), QStringLiteral("Beijing"),
                                    QStringLiteral("Hangzhou"), QStringLiteral("Shenzhen")};
    static const QStringList stages{QStringLiteral("awareness"), QStringLiteral("interest"),
                                    QStringLiteral("purchase"), QStringLiteral("loyalty"),
                                    QStringLiteral("churn")};
    Member m;
    m.memberId = QStringLiteral("M%1").arg(i, 5, 10, QLatin1Char('0'));
    m.name = i % 5 == 0 ? chinese.at((i / 5) % chinese.size())
                        : first.at(i % 10) + QLatin1Char(' ') + last.at((i / 10) % 10);
    m.remark = i % 4 == 0 ? QStringLiteral("VIP customer") : QString();
    m.gender = QStringList{QStringLiteral("M"), QStringLiteral("F"), QStringLiteral("U")}.at(i % 3);
    m.city = cities.at(i % cities.size());
    m.phone = QStringLiteral("+86138%1").arg(10000000 + (i * 7919) % 90000000); // as stored: E.164
    m.email = QStringLiteral("member%1@example.com").arg(i);
    m.source = sources.at(i % sources.size());
    if (i % 4 != 3)
        m.staffRef = i % 3 + 1;
    m.stage = stages.at(i % stages.size());
    m.joinedAt = baseTime + qint64(i) * 43200;
    if (i % 10 == 0)
        m.tags << QStringLiteral("vip");
    if (i % 3 == 0)
        m.tags << QStringLiteral("newbie");
    if (i % 7 == 0)
        m.tags << QStringLiteral("coupon-fan");
    if (i % 2 == 0)
        m.groups << 1;
    if (i % 5 == 0 && i % 10 != 0)
        m.groups << 2;
    m.events = i % 4 == 0 ? 3 : 0;
    m.paidOrders = i % 6 == 0 ? 2 : 0;
    m.paidCents = m.paidOrders * (1000 + i);
    return m;
}

inline void exec(Workspace &ws, const QString &statement, const QVariantList &binds = {})
{
    const Status status = sql::exec(ws.db(), statement, binds);
    if (!status)
        qFatal("fixture: %s", qPrintable(status.error().message));
}

inline void insertMember(Workspace &ws, Member &m)
{
    exec(ws,
         QStringLiteral("INSERT INTO members(member_id, name, remark, gender, city, phone, email, "
                        "source, joined_at, staff_ref, stage, paid_orders, paid_cents, "
                        "last_active_at, consent) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,'yes')"),
         {m.memberId, m.name, m.remark.isEmpty() ? QVariant() : QVariant(m.remark), m.gender,
          m.city, m.phone, m.email, m.source, m.joinedAt,
          m.staffRef ? QVariant(*m.staffRef) : QVariant(), m.stage, m.paidOrders, m.paidCents,
          m.events > 0 ? QVariant(m.joinedAt + 3 * 3600) : QVariant()});
    m.ref = sql::scalar(ws.db(), QStringLiteral("SELECT last_insert_rowid()"))->toLongLong();
}

inline void insertRelated(Workspace &ws, const Member &m)
{
    for (const QString &tag : m.tags)
        exec(ws, QStringLiteral("INSERT INTO member_tags SELECT ?, id FROM tags WHERE name = ?"),
             {m.ref, tag});
    for (const qint64 group : m.groups)
        exec(ws,
             QStringLiteral("INSERT INTO memberships(group_ref, member_ref, joined_at, role) "
                            "VALUES(?, ?, ?, 'member')"),
             {group, m.ref, m.joinedAt});
    for (int e = 0; e < m.events; ++e)
        exec(ws,
             QStringLiteral("INSERT INTO events(member_ref, type, occurred_at, group_ref) "
                            "VALUES(?, 'message', ?, 1)"),
             {m.ref, m.joinedAt + (e + 1) * 3600});
    for (int o = 0; o < m.paidOrders; ++o)
        exec(ws,
             QStringLiteral("INSERT INTO orders(order_id, member_ref, amount_cents, paid_at) "
                            "VALUES(?, ?, ?, ?)"),
             {QStringLiteral("O-%1-%2").arg(m.memberId).arg(o), m.ref, m.paidCents / m.paidOrders,
              m.joinedAt + (o + 1) * 7200 + 1800});
    exec(ws,
         QStringLiteral("INSERT INTO identities(member_ref, kind, value) VALUES(?, 'wecom', ?)"),
         {m.ref, QString(QStringLiteral("wm-") + m.memberId.toLower())});
}

struct Fixture
{
    std::unique_ptr<Workspace> ws;
    QVector<Member> members;
};

// Members 1..count (row ids 1..count), three staff, three tags, two groups.
inline Fixture build(const QString &path, int count)
{
    auto opened = Workspace::open(path);
    if (!opened)
        qFatal("fixture: %s", qPrintable(opened.error().toString()));
    Fixture out;
    out.ws = std::move(opened.value());
    Workspace &ws = *out.ws;
    Transaction transaction(ws);
    for (const QString &name : staffNames)
        exec(ws, QStringLiteral("INSERT INTO staff(name) VALUES(?)"), {name});
    for (const QString &name : tagNames)
        exec(ws, QStringLiteral("INSERT INTO tags(name) VALUES(?)"), {name});
    exec(ws, QStringLiteral("INSERT INTO groups(group_id, name, platform) VALUES('G1', 'Tea "
                            "lovers', 'wecom'), ('G2', 'Weekend runners', 'telegram')"));
    for (int i = 1; i <= count; ++i) {
        Member m = describe(i);
        insertMember(ws, m);
        insertRelated(ws, m);
        out.members.append(m);
    }
    if (!transaction.commit())
        qFatal("fixture: commit failed");
    return out;
}

} // namespace siyu::fixture
