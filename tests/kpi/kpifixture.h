// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/timeutil.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace siyu::test {

// A workspace in a temporary folder, filled row by row. Times are written as local times of
// the workspace's zone ("2026-11-16 09:30") or with an offset ("2026-11-15T17:00:00Z"); money
// as cents.
class KpiFixture
{
public:
    explicit KpiFixture(const QString &zone = QStringLiteral("UTC"))
    {
        m_path = m_dir.filePath(QStringLiteral("kpi.siyu"));
        auto ws = Workspace::open(m_path);
        if (!ws)
            qFatal("workspace: %s", qPrintable(ws.error().toString()));
        m_ws = std::move(*ws);
        setZone(zone);
    }

    Workspace &ws() { return *m_ws; }
    const QString &path() const { return m_path; }
    QTimeZone zone() const { return m_ws->timeZone(); }

    void setZone(const QString &zone)
    {
        QVERIFY(settings::timeZone.set(*m_ws, zone));
        m_ws->reloadSettings();
    }
    void setChurnDays(int days) { QVERIFY(settings::churnDays.set(*m_ws, days)); }

    qint64 at(const char *time) const
    {
        const auto t = timeutil::parseIsoDateTime(QString::fromLatin1(time), m_ws->timeZone());
        if (!t)
            qFatal("bad time %s", time);
        return *t;
    }
    Period week(const char *name) const
    {
        auto p = timeutil::parseIsoWeek(QString::fromLatin1(name), m_ws->timeZone());
        if (!p)
            qFatal("bad week %s", name);
        return *p;
    }
    Period days(const QDate &first, const QDate &end) const
    {
        return timeutil::periodOfDays(first, end, m_ws->timeZone());
    }

    qint64 member(const char *joined, qint64 referrer = 0, const char *deleted = nullptr)
    {
        const QVariant ref =
            referrer > 0 ? QVariant(referrer) : QVariant(QMetaType(QMetaType::LongLong));
        const QVariant del =
            deleted ? QVariant(at(deleted)) : QVariant(QMetaType(QMetaType::LongLong));
        exec("INSERT INTO members(member_id, joined_at, referrer_ref, deleted_at) VALUES(?, ?, ?, "
             "?)",
             {QStringLiteral("m%1").arg(++m_members), at(joined), ref, del});
        return lastId();
    }
    // An event at epoch seconds; value only for surveys.
    void eventAt(qint64 memberRef, const char *type, qint64 t, const QVariant &value = {})
    {
        exec("INSERT INTO events(member_ref, type, occurred_at, value) VALUES(?, ?, ?, ?)",
             {memberRef, QString::fromLatin1(type), t,
              value.isValid() ? value : QVariant(QMetaType(QMetaType::Double))});
    }
    void event(qint64 memberRef, const char *type, const char *time, const QVariant &value = {})
    {
        eventAt(memberRef, type, at(time), value);
    }
    void order(qint64 memberRef, qint64 cents, const char *paid, bool refunded = false,
               qint64 campaignRef = 0)
    {
        orderAt(memberRef, cents, at(paid), refunded, campaignRef);
    }
    void orderAt(qint64 memberRef, qint64 cents, qint64 paid, bool refunded = false,
                 qint64 campaignRef = 0)
    {
        exec("INSERT INTO orders(order_id, member_ref, amount_cents, paid_at, refunded, "
             "campaign_ref) VALUES(?, ?, ?, ?, ?, ?)",
             {QStringLiteral("o%1").arg(++m_orders), memberRef, cents, paid, refunded ? 1 : 0,
              campaignRef > 0 ? QVariant(campaignRef) : QVariant(QMetaType(QMetaType::LongLong))});
    }
    qint64 campaign()
    {
        exec("INSERT INTO campaigns(campaign_id, name) VALUES(?, ?)",
             {QStringLiteral("c%1").arg(++m_campaigns), QStringLiteral("Campaign")});
        return lastId();
    }
    void cost(qint64 campaignRef, qint64 cents, const char *incurred)
    {
        exec("INSERT INTO campaign_costs(campaign_ref, category, amount_cents, incurred_at) "
             "VALUES(?, 'ads', ?, ?)",
             {campaignRef, cents, at(incurred)});
    }
    void content(const char *scheduled, const char *status, qint64 reads, qint64 likes,
                 qint64 comments, qint64 shares, qint64 clicks)
    {
        exec("INSERT INTO content(content_id, title, scheduled_at, status, reads, likes, comments, "
             "shares, clicks) VALUES(?, 'Post', ?, ?, ?, ?, ?, ?, ?)",
             {QStringLiteral("k%1").arg(++m_content), at(scheduled), QString::fromLatin1(status),
              reads, likes, comments, shares, clicks});
    }

    void exec(const char *statement, const QVariantList &binds)
    {
        const Status status = sql::exec(m_ws->db(), QString::fromLatin1(statement), binds);
        if (!status)
            qFatal("%s: %s", statement, qPrintable(status.error().toString()));
    }
    qint64 lastId() const
    {
        return sql::scalar(m_ws->db(), QStringLiteral("SELECT last_insert_rowid()"))->toLongLong();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    int m_members = 0;
    int m_orders = 0;
    int m_campaigns = 0;
    int m_content = 0;
};

} // namespace siyu::test
