// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/calendar/contentrepository.h"

#include "models/store/handedits.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QSet>

#include <map>

namespace siyu {

namespace {

const char *const selectColumns =
    "SELECT c.id, c.content_id, c.title, c.kind, c.channel, c.group_ref, g.name, c.scheduled_at, "
    "c.status, c.campaign_ref, k.name, c.owner, c.target_stage, c.body, c.reads, c.likes, "
    "c.comments, c.shares, c.clicks, c.conversions, c.series_ref, c.series_day, "
    "c.series_detached FROM content c LEFT JOIN groups g ON g.id = c.group_ref "
    "LEFT JOIN campaigns k ON k.id = c.campaign_ref ";

ContentItem readItem(const QSqlQuery &q)
{
    ContentItem item;
    item.id = q.value(0).toLongLong();
    item.contentId = q.value(1).toString();
    item.title = q.value(2).toString();
    item.kind = q.value(3).toString();
    item.channel = q.value(4).toString();
    item.groupRef = q.value(5).toLongLong();
    item.groupName = q.value(6).toString();
    item.scheduledAt = q.value(7).toLongLong();
    item.status = q.value(8).toString();
    item.campaignRef = q.value(9).toLongLong();
    item.campaignName = q.value(10).toString();
    item.owner = q.value(11).toString();
    item.targetStage = q.value(12).toString();
    item.body = q.value(13).toString();
    item.metrics = {q.value(14).toLongLong(), q.value(15).toLongLong(), q.value(16).toLongLong(),
                    q.value(17).toLongLong(), q.value(18).toLongLong(), q.value(19).toLongLong()};
    item.seriesRef = q.value(20).toLongLong();
    item.seriesDay = q.value(21).toString();
    item.detached = q.value(22).toInt() != 0;
    return item;
}

QVariant refOrNull(qint64 ref)
{
    return ref > 0 ? QVariant(ref) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QVariantList asBinds(const QList<qint64> &ids)
{
    QVariantList binds;
    for (qint64 id : ids)
        binds << id;
    return binds;
}

} // namespace

bool ContentFilter::isEmpty() const
{
    return *this == ContentFilter();
}

bool ContentFilter::operator==(const ContentFilter &o) const
{
    return channel == o.channel && groupRef == o.groupRef && campaignRef == o.campaignRef &&
           owner == o.owner && status == o.status && kind == o.kind;
}

ContentRepository::ContentRepository(Workspace &workspace) : m_workspace(workspace) {}

Result<std::vector<ContentItem>> ContentRepository::select(const QString &where,
                                                           const QVariantList &binds) const
{
    auto q = sql::run(m_workspace.db(), QLatin1String(selectColumns) + where, binds);
    if (!q)
        return q.error();
    std::vector<ContentItem> items;
    while (q->next())
        items.push_back(readItem(*q));
    return items;
}

Result<std::vector<ContentItem>> ContentRepository::list(qint64 from, qint64 to,
                                                         const ContentFilter &filter) const
{
    QString where = QStringLiteral("WHERE c.scheduled_at >= ? AND c.scheduled_at < ?");
    QVariantList binds{from, to};
    const auto add = [&](const char *condition, const QVariant &value) {
        where += QLatin1String(" AND ") + QLatin1String(condition);
        binds << value;
    };
    if (!filter.channel.isEmpty())
        add("c.channel = ?", filter.channel);
    if (filter.groupRef > 0)
        add("c.group_ref = ?", filter.groupRef);
    if (filter.campaignRef > 0)
        add("c.campaign_ref = ?", filter.campaignRef);
    if (!filter.owner.isEmpty())
        add("c.owner = ?", filter.owner);
    if (!filter.status.isEmpty())
        add("c.status = ?", filter.status);
    if (!filter.kind.isEmpty())
        add("c.kind = ?", filter.kind);
    return select(where + QLatin1String(" ORDER BY c.scheduled_at, c.id"), binds);
}

Result<std::vector<ContentItem>> ContentRepository::find(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return std::vector<ContentItem>();
    return select(QStringLiteral("WHERE c.id IN (%1) ORDER BY c.scheduled_at, c.id")
                      .arg(placeholders(ids.size())),
                  asBinds(ids));
}

Result<std::vector<ContentItem>> ContentRepository::ofSeries(qint64 seriesRef) const
{
    return select(QStringLiteral("WHERE c.series_ref = ? ORDER BY c.scheduled_at, c.id"),
                  {seriesRef});
}

Result<std::vector<ContentSnapshot>> ContentRepository::snapshots(const QList<qint64> &ids) const
{
    auto items = find(ids);
    if (!items)
        return items.error();
    // The events naming the items, in one query by their index.
    std::map<qint64, QList<qint64>> events;
    if (!ids.isEmpty()) {
        auto q = sql::run(m_workspace.db(),
                          QStringLiteral("SELECT content_ref, id FROM events WHERE content_ref IN "
                                         "(%1) ORDER BY content_ref, id")
                              .arg(placeholders(ids.size())),
                          asBinds(ids));
        if (!q)
            return q.error();
        while (q->next())
            events[q->value(0).toLongLong()] << q->value(1).toLongLong();
    }
    std::vector<ContentSnapshot> result;
    for (ContentItem &item : *items) {
        const auto named = events.find(item.id);
        QList<qint64> refs = named == events.end() ? QList<qint64>() : std::move(named->second);
        result.push_back({std::move(item), std::move(refs)});
    }
    return result;
}

Result<qint64> ContentRepository::nextId() const
{
    auto id = sql::scalar(m_workspace.db(),
                          QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM content"));
    if (!id)
        return id.error();
    return id->toLongLong();
}

QString ContentRepository::newContentId(qint64 id)
{
    return QStringLiteral("cal-%1").arg(id);
}

Status ContentRepository::write(const ContentSnapshot &snapshot)
{
    const ContentItem &c = snapshot.item;
    const Status status = sql::exec(
        m_workspace.db(),
        QStringLiteral(
            "INSERT INTO content(id, content_id, title, kind, channel, group_ref, scheduled_at, "
            "status, campaign_ref, owner, target_stage, body, reads, likes, comments, shares, "
            "clicks, conversions, series_ref, series_day, series_detached) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
            "content_id = excluded.content_id, title = excluded.title, kind = excluded.kind, "
            "channel = excluded.channel, group_ref = excluded.group_ref, "
            "scheduled_at = excluded.scheduled_at, status = excluded.status, "
            "campaign_ref = excluded.campaign_ref, owner = excluded.owner, "
            "target_stage = excluded.target_stage, body = excluded.body, reads = excluded.reads, "
            "likes = excluded.likes, comments = excluded.comments, shares = excluded.shares, "
            "clicks = excluded.clicks, conversions = excluded.conversions, "
            "series_ref = excluded.series_ref, series_day = excluded.series_day, "
            "series_detached = excluded.series_detached"),
        {c.id,
         c.contentId,
         c.title,
         textOrNull(c.kind),
         textOrNull(c.channel),
         refOrNull(c.groupRef),
         c.scheduledAt,
         c.status,
         refOrNull(c.campaignRef),
         textOrNull(c.owner),
         textOrNull(c.targetStage),
         textOrNull(c.body),
         c.metrics.reads,
         c.metrics.likes,
         c.metrics.comments,
         c.metrics.shares,
         c.metrics.clicks,
         c.metrics.conversions,
         refOrNull(c.seriesRef),
         textOrNull(c.seriesDay),
         c.detached ? 1 : 0});
    if (!status)
        return status;
    if (!snapshot.eventRefs.isEmpty()) {
        QVariantList binds{c.id};
        binds << asBinds(snapshot.eventRefs);
        if (const Status named =
                sql::exec(m_workspace.db(),
                          QStringLiteral("UPDATE events SET content_ref = ? WHERE id IN (%1)")
                              .arg(placeholders(snapshot.eventRefs.size())),
                          binds);
            !named)
            return named;
    }
    return handedits::record(m_workspace, "content", c.id);
}

Status ContentRepository::remove(qint64 id)
{
    if (const Status status =
            sql::exec(m_workspace.db(), QStringLiteral("DELETE FROM content WHERE id = ?"), {id});
        !status)
        return status;
    return sql::exec(m_workspace.db(),
                     QStringLiteral("DELETE FROM hand_edits WHERE table_name = 'content' AND "
                                    "row_ref = ?"),
                     {id});
}

Status ContentRepository::setSkipped(const ContentItem &item, bool skipped)
{
    if (item.seriesRef <= 0 || item.seriesDay.isEmpty())
        return {};
    const QString statement =
        skipped ? QStringLiteral("INSERT OR IGNORE INTO content_series_skips(series_ref, "
                                 "group_ref, occurs_on) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 "
                                 "FROM content_series WHERE id = ?)")
                : QStringLiteral("DELETE FROM content_series_skips WHERE series_ref = ? AND "
                                 "group_ref = ? AND occurs_on = ? AND ? IS NOT NULL");
    return sql::exec(m_workspace.db(), statement,
                     {item.seriesRef, item.groupRef, item.seriesDay, item.seriesRef});
}

Status ContentRepository::apply(const std::vector<ContentSnapshot> &before,
                                const std::vector<ContentSnapshot> &after)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive())
        return transaction.error();
    QSet<qint64> kept;
    for (const ContentSnapshot &s : after)
        kept.insert(s.item.id);
    for (const ContentSnapshot &s : before) {
        if (kept.contains(s.item.id))
            continue;
        if (Status status = remove(s.item.id); !status)
            return status;
        if (Status status = setSkipped(s.item, true); !status)
            return status;
    }
    for (const ContentSnapshot &s : after) {
        if (Status status = write(s); !status)
            return status;
        if (Status status = setSkipped(s.item, false); !status)
            return status;
    }
    return transaction.commit();
}

Result<QStringList> ContentRepository::channels() const
{
    return sql::texts(m_workspace.db(),
                      QStringLiteral("SELECT DISTINCT channel FROM content WHERE channel IS NOT "
                                     "NULL AND channel <> '' ORDER BY channel"));
}

Result<QStringList> ContentRepository::owners() const
{
    return sql::texts(m_workspace.db(),
                      QStringLiteral("SELECT owner FROM content WHERE owner IS NOT NULL AND "
                                     "owner <> '' UNION SELECT name FROM staff ORDER BY 1"));
}

Result<std::vector<NamedRef>> ContentRepository::groups() const
{
    auto q =
        sql::run(m_workspace.db(), QStringLiteral("SELECT id, name FROM groups ORDER BY name, id"));
    if (!q)
        return q.error();
    std::vector<NamedRef> list;
    while (q->next())
        list.push_back({q->value(0).toLongLong(), q->value(1).toString()});
    return list;
}

Result<std::vector<NamedRef>> ContentRepository::campaigns() const
{
    auto q = sql::run(m_workspace.db(),
                      QStringLiteral("SELECT id, name FROM campaigns ORDER BY start_at DESC, id"));
    if (!q)
        return q.error();
    std::vector<NamedRef> list;
    while (q->next())
        list.push_back({q->value(0).toLongLong(), q->value(1).toString()});
    return list;
}

} // namespace siyu
