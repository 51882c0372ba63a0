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

// A workspace in a temporary directory, filled by plain SQL inserts, in a non-UTC zone.
class GroupFixture
{
public:
    explicit GroupFixture(const char *zone = "Asia/Shanghai")
    {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("groups.siyu")));
        if (!opened)
            qFatal("cannot open the fixture workspace");
        m_ws = std::move(*opened);
        if (!settings::timeZone.set(*m_ws, QString::fromLatin1(zone)))
            qFatal("cannot set the fixture's time zone");
        m_ws->reloadSettings();
    }

    Workspace &ws() { return *m_ws; }

    // Epoch seconds of a local time in the workspace's zone: "2026-11-16 09:30".
    qint64 at(const char *local) const
    {
        const auto t = timeutil::parseIsoDateTime(QString::fromLatin1(local), m_ws->timeZone());
        if (!t)
            qFatal("bad fixture time");
        return *t;
    }

    void exec(const char *statement, const QVariantList &binds = {})
    {
        const Status status = sql::exec(m_ws->db(), QString::fromUtf8(statement), binds);
        if (!status)
            qFatal("fixture statement failed: %s", qPrintable(status.error().message));
    }

    qint64 addStaff(const QString &name)
    {
        exec("INSERT INTO staff(name) VALUES(?)", {name});
        return lastId();
    }

    qint64 addGroup(const QString &groupId, const QString &name, const QString &platform,
                    const QVariant &ownerRef, const QString &theme, const QVariant &cap,
                    const QString &status = QStringLiteral("active"), qint64 createdAt = 0)
    {
        exec("INSERT INTO groups(group_id, name, platform, owner_ref, theme, created_at, "
             "member_cap, status) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
             {groupId, name, platform, ownerRef, theme.isEmpty() ? QVariant() : QVariant(theme),
              createdAt ? QVariant(createdAt) : QVariant(), cap, status});
        return lastId();
    }

    qint64 addMember(const QString &memberId, const QString &name, qint64 joinedAt = 0)
    {
        exec("INSERT INTO members(member_id, name, phone, email, joined_at) VALUES(?, ?, ?, ?, ?)",
             {memberId, name, QStringLiteral("+86 138 0000 %1").arg(memberId.right(4)),
              QString(memberId + QStringLiteral("@example.com")), joinedAt});
        return lastId();
    }

    void join(qint64 groupRef, qint64 memberRef, qint64 joinedAt, const QVariant &leftAt = {},
              const QString &role = QStringLiteral("member"))
    {
        exec("INSERT INTO memberships(group_ref, member_ref, joined_at, left_at, role) "
             "VALUES(?, ?, ?, ?, ?)",
             {groupRef, memberRef, joinedAt, leftAt, role});
    }

    void event(qint64 memberRef, const char *type, qint64 at, const QVariant &groupRef)
    {
        exec("INSERT INTO events(member_ref, type, occurred_at, group_ref) VALUES(?, ?, ?, ?)",
             {memberRef, QString::fromLatin1(type), at, groupRef});
    }

    qint64 lastId()
    {
        return sql::scalar(m_ws->db(), QStringLiteral("SELECT last_insert_rowid()"))->toLongLong();
    }

    void begin() { exec("BEGIN"); }
    void commit() { exec("COMMIT"); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace siyu::test
