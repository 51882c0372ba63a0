// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentitem.h"
#include "models/common/timeutil.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace siyu::test {

// A workspace in a temporary directory, filled by plain SQL, in a zone of its own.
class CalendarFixture
{
public:
    explicit CalendarFixture(const char *zone = "Asia/Shanghai")
    {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("calendar.siyu")));
        if (!opened)
            qFatal("cannot open the fixture workspace");
        m_ws = std::move(*opened);
        if (!settings::timeZone.set(*m_ws, QString::fromLatin1(zone)))
            qFatal("cannot set the fixture's time zone");
        m_ws->reloadSettings();
    }

    Workspace &ws() { return *m_ws; }
    QString path() const { return m_ws->path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Epoch seconds of a local time in the workspace's zone: "2026-11-16 09:30".
    qint64 at(const char *local) const
    {
        const auto t = timeutil::parseIsoDateTime(QString::fromLatin1(local), m_ws->timeZone());
        if (!t)
            qFatal("bad fixture time %s", local);
        return *t;
    }
    QString local(qint64 t) const { return timeutil::formatLocal(t, m_ws->timeZone()); }

    void exec(const char *statement, const QVariantList &binds = {})
    {
        const Status status = sql::exec(m_ws->db(), QString::fromUtf8(statement), binds);
        if (!status)
            qFatal("fixture statement failed: %s", qPrintable(status.error().message));
    }
    QVariant scalar(const char *statement, const QVariantList &binds = {})
    {
        auto value = sql::scalar(m_ws->db(), QString::fromUtf8(statement), binds);
        if (!value)
            qFatal("fixture query failed: %s", qPrintable(value.error().message));
        return *value;
    }
    qint64 lastId() { return scalar("SELECT last_insert_rowid()").toLongLong(); }

    qint64 addGroup(const QString &groupId, const QString &name, const QString &theme = {})
    {
        exec("INSERT INTO groups(group_id, name, theme) VALUES(?, ?, ?)",
             {groupId, name, theme.isEmpty() ? QVariant() : QVariant(theme)});
        return lastId();
    }
    qint64 addCampaign(const QString &campaignId, const QString &name)
    {
        exec("INSERT INTO campaigns(campaign_id, name) VALUES(?, ?)", {campaignId, name});
        return lastId();
    }
    qint64 addMember(const QString &memberId, const QString &name, qint64 joinedAt = 0)
    {
        exec("INSERT INTO members(member_id, name, joined_at) VALUES(?, ?, ?)",
             {memberId, name, joinedAt});
        return lastId();
    }
    void join(qint64 groupRef, qint64 memberRef, qint64 joinedAt = 0, const QVariant &leftAt = {})
    {
        exec("INSERT INTO memberships(group_ref, member_ref, joined_at, left_at) VALUES(?,?,?,?)",
             {groupRef, memberRef, joinedAt, leftAt});
    }
    qint64 addContent(const QString &contentId, const QString &title, qint64 at,
                      const QString &kind = QStringLiteral("article"), qint64 groupRef = 0,
                      const QString &status = QStringLiteral("scheduled"),
                      const QString &owner = {}, const QString &channel = {},
                      qint64 campaignRef = 0)
    {
        exec("INSERT INTO content(content_id, title, scheduled_at, kind, group_ref, status, "
             "owner, channel, campaign_ref) VALUES(?,?,?,?,?,?,?,?,?)",
             {contentId, title, at, kind, groupRef > 0 ? QVariant(groupRef) : QVariant(), status,
              owner.isEmpty() ? QVariant() : QVariant(owner),
              channel.isEmpty() ? QVariant() : QVariant(channel),
              campaignRef > 0 ? QVariant(campaignRef) : QVariant()});
        return lastId();
    }
    qint64 count(const char *statement, const QVariantList &binds = {})
    {
        return scalar(statement, binds).toLongLong();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace siyu::test
