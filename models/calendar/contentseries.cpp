// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/calendar/contentseries.h"

#include "models/calendar/contentrepository.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace siyu {

namespace {

const char *const dayFormat = "yyyy-MM-dd";

QString dayText(const QDate &day)
{
    return day.toString(QLatin1String(dayFormat));
}

QVariant nullable(qint64 ref)
{
    return ref > 0 ? QVariant(ref) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The series' fields on a generated item; the item keeps its identity and metrics.
void takeSeriesFields(ContentItem &item, const ContentSeries &s, qint64 at)
{
    item.title = s.title;
    item.kind = s.kind;
    item.channel = s.channel;
    item.campaignRef = s.campaignRef;
    item.owner = s.owner;
    item.targetStage = s.targetStage;
    item.body = s.body;
    item.status = s.status;
    item.scheduledAt = at;
    item.seriesRef = s.id;
}

bool keepsItsOwnFields(const ContentItem &item)
{
    return item.isPublished() || item.detached;
}

} // namespace

bool ContentSeries::operator==(const ContentSeries &o) const
{
    return id == o.id && title == o.title && kind == o.kind && channel == o.channel &&
           campaignRef == o.campaignRef && owner == o.owner && targetStage == o.targetStage &&
           body == o.body && status == o.status && frequency == o.frequency &&
           weekday == o.weekday && monthDay == o.monthDay && time == o.time &&
           startsOn == o.startsOn && endsOn == o.endsOn && groupRefs == o.groupRefs &&
           groupTag == o.groupTag;
}

namespace series {

QList<QDate> occurrenceDays(const ContentSeries &s)
{
    QList<QDate> days;
    if (!s.startsOn.isValid() || !s.endsOn.isValid() || s.endsOn < s.startsOn)
        return days;
    if (s.frequency == ContentSeries::Frequency::Weekly) {
        QDate day = s.startsOn.addDays((s.weekday - s.startsOn.dayOfWeek() + 7) % 7);
        for (; day <= s.endsOn; day = day.addDays(7))
            days << day;
        return days;
    }
    for (QDate month(s.startsOn.year(), s.startsOn.month(), 1); month <= s.endsOn;
         month = month.addMonths(1)) {
        const QDate day(month.year(), month.month(), std::min(s.monthDay, month.daysInMonth()));
        if (day >= s.startsOn && day <= s.endsOn)
            days << day;
    }
    return days;
}

qint64 localInstant(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(day, time, zone).toSecsSinceEpoch();
}

std::vector<Occurrence> occurrences(const ContentSeries &s, const QTimeZone &zone)
{
    std::vector<Occurrence> list;
    for (const QDate &day : occurrenceDays(s))
        list.push_back({day, localInstant(day, s.time, zone)});
    return list;
}

} // namespace series

SeriesRepository::SeriesRepository(Workspace &workspace) : m_workspace(workspace) {}

Result<std::vector<ContentSeries>> SeriesRepository::all() const
{
    auto q =
        sql::run(m_workspace.db(), QStringLiteral("SELECT id FROM content_series ORDER BY id"));
    if (!q)
        return q.error();
    std::vector<ContentSeries> list;
    while (q->next()) {
        auto s = state(q->value(0).toLongLong());
        if (!s)
            return s.error();
        if (s->series)
            list.push_back(*s->series);
    }
    return list;
}

Result<SeriesState> SeriesRepository::state(qint64 id) const
{
    SeriesState state;
    auto q = sql::run(m_workspace.db(),
                      QStringLiteral("SELECT title, kind, channel, campaign_ref, owner, "
                                     "target_stage, body, status, frequency, weekday, month_day, "
                                     "minute_of_day, starts_on, ends_on, group_tag FROM "
                                     "content_series WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    if (q->next()) {
        ContentSeries s;
        s.id = id;
        s.title = q->value(0).toString();
        s.kind = q->value(1).toString();
        s.channel = q->value(2).toString();
        s.campaignRef = q->value(3).toLongLong();
        s.owner = q->value(4).toString();
        s.targetStage = q->value(5).toString();
        s.body = q->value(6).toString();
        s.status = q->value(7).toString();
        s.frequency = q->value(8).toString() == QLatin1String("monthly")
                          ? ContentSeries::Frequency::Monthly
                          : ContentSeries::Frequency::Weekly;
        s.weekday = q->value(9).isNull() ? 1 : q->value(9).toInt();
        s.monthDay = q->value(10).isNull() ? 1 : q->value(10).toInt();
        const int minute = q->value(11).toInt();
        s.time = QTime(minute / 60, minute % 60);
        s.startsOn = QDate::fromString(q->value(12).toString(), QLatin1String(dayFormat));
        s.endsOn = QDate::fromString(q->value(13).toString(), QLatin1String(dayFormat));
        s.groupTag = q->value(14).toString();
        auto groups = sql::run(m_workspace.db(),
                               QStringLiteral("SELECT group_ref FROM content_series_groups WHERE "
                                              "series_ref = ? ORDER BY group_ref"),
                               {id});
        if (!groups)
            return groups.error();
        while (groups->next())
            s.groupRefs << groups->value(0).toLongLong();
        state.series = s;
        auto skips = sql::run(m_workspace.db(),
                              QStringLiteral("SELECT group_ref, occurs_on FROM "
                                             "content_series_skips WHERE series_ref = ?"),
                              {id});
        if (!skips)
            return skips.error();
        while (skips->next())
            state.skips.insert({skips->value(0).toLongLong(), skips->value(1).toString()});
    }
    ContentRepository content(m_workspace);
    auto items = content.ofSeries(id);
    if (!items)
        return items.error();
    QList<qint64> ids;
    for (const ContentItem &item : *items)
        ids << item.id;
    auto snapshots = content.snapshots(ids);
    if (!snapshots)
        return snapshots.error();
    state.items = std::move(*snapshots);
    return state;
}

Result<qint64> SeriesRepository::nextId() const
{
    auto id = sql::scalar(m_workspace.db(),
                          QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM content_series"));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<qint64>> SeriesRepository::targetGroups(const ContentSeries &s) const
{
    QList<qint64> groups = s.groupRefs;
    const QString tag = s.groupTag.trimmed();
    if (!tag.isEmpty()) {
        // instr() rather than LIKE: a tag with % or _ is matched as written.
        auto q = sql::run(m_workspace.db(),
                          QStringLiteral("SELECT id FROM groups WHERE instr(name, ?) > 0 OR "
                                         "instr(coalesce(theme, ''), ?) > 0 ORDER BY id"),
                          {tag, tag});
        if (!q)
            return q.error();
        while (q->next())
            groups << q->value(0).toLongLong();
    }
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    return groups;
}

Result<SeriesState> SeriesRepository::plan(const ContentSeries &s, const SeriesState &current,
                                           qint64 firstFreeId) const
{
    auto groups = targetGroups(s);
    if (!groups)
        return groups.error();
    SeriesState target;
    target.series = s;
    target.skips = current.skips;
    QHash<QPair<qint64, QString>, const ContentSnapshot *> existing;
    for (const ContentSnapshot &snapshot : current.items)
        existing.insert({snapshot.item.groupRef, snapshot.item.seriesDay}, &snapshot);
    QSet<qint64> placed;
    qint64 nextId = firstFreeId;
    const QTimeZone zone = m_workspace.timeZone();
    for (const Occurrence &occurrence : series::occurrences(s, zone)) {
        const QString day = dayText(occurrence.day);
        for (qint64 group : *groups) {
            if (current.skips.contains({group, day}))
                continue;
            ContentSnapshot snapshot;
            if (const ContentSnapshot *found = existing.value({group, day})) {
                snapshot = *found;
                if (!keepsItsOwnFields(snapshot.item))
                    takeSeriesFields(snapshot.item, s, occurrence.at);
            } else {
                snapshot.item.id = nextId++;
                snapshot.item.contentId = ContentRepository::newContentId(snapshot.item.id);
                snapshot.item.groupRef = group;
                snapshot.item.seriesDay = day;
                takeSeriesFields(snapshot.item, s, occurrence.at);
            }
            placed.insert(snapshot.item.id);
            target.items.push_back(std::move(snapshot));
        }
    }
    for (const ContentSnapshot &snapshot : current.items) {
        if (!placed.contains(snapshot.item.id) && keepsItsOwnFields(snapshot.item))
            target.items.push_back(snapshot);
    }
    return target;
}

SeriesState SeriesRepository::planRemoval(const SeriesState &current, bool keepPublished)
{
    SeriesState target;
    if (!keepPublished)
        return target;
    for (ContentSnapshot snapshot : current.items) {
        if (!snapshot.item.isPublished())
            continue;
        snapshot.item.seriesRef = 0;
        snapshot.item.seriesDay.clear();
        snapshot.item.detached = false;
        target.items.push_back(std::move(snapshot));
    }
    return target;
}

Status SeriesRepository::writeSeries(const ContentSeries &s,
                                     const QSet<QPair<qint64, QString>> &skips)
{
    const bool weekly = s.frequency == ContentSeries::Frequency::Weekly;
    const QVariant none(QMetaType(QMetaType::Int));
    Status status = sql::exec(
        m_workspace.db(),
        QStringLiteral(
            "INSERT INTO content_series(id, title, kind, channel, campaign_ref, owner, "
            "target_stage, body, status, frequency, weekday, month_day, minute_of_day, "
            "starts_on, ends_on, group_tag) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, kind = excluded.kind, "
            "channel = excluded.channel, campaign_ref = excluded.campaign_ref, "
            "owner = excluded.owner, target_stage = excluded.target_stage, body = excluded.body, "
            "status = excluded.status, frequency = excluded.frequency, weekday = "
            "excluded.weekday, month_day = excluded.month_day, minute_of_day = "
            "excluded.minute_of_day, starts_on = excluded.starts_on, ends_on = excluded.ends_on, "
            "group_tag = excluded.group_tag"),
        {s.id, s.title, nullable(s.kind), nullable(s.channel), nullable(s.campaignRef),
         nullable(s.owner), nullable(s.targetStage), nullable(s.body), s.status,
         weekly ? QStringLiteral("weekly") : QStringLiteral("monthly"),
         weekly ? QVariant(s.weekday) : none, weekly ? none : QVariant(s.monthDay),
         s.time.hour() * 60 + s.time.minute(), dayText(s.startsOn), dayText(s.endsOn),
         nullable(s.groupTag.trimmed())});
    if (!status)
        return status;
    for (const char *statement : {"DELETE FROM content_series_groups WHERE series_ref = ?",
                                  "DELETE FROM content_series_skips WHERE series_ref = ?"}) {
        if (status = sql::exec(m_workspace.db(), QString::fromLatin1(statement), {s.id}); !status)
            return status;
    }
    for (qint64 group : s.groupRefs) {
        status = sql::exec(m_workspace.db(),
                           QStringLiteral("INSERT OR IGNORE INTO content_series_groups(series_ref, "
                                          "group_ref) VALUES (?, ?)"),
                           {s.id, group});
        if (!status)
            return status;
    }
    for (const auto &[group, day] : skips) {
        status = sql::exec(m_workspace.db(),
                           QStringLiteral("INSERT INTO content_series_skips(series_ref, "
                                          "group_ref, occurs_on) VALUES (?, ?, ?)"),
                           {s.id, group, day});
        if (!status)
            return status;
    }
    return {};
}

Status SeriesRepository::apply(qint64 id, const SeriesState &current, const SeriesState &target)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive())
        return transaction.error();
    ContentRepository content(m_workspace);
    if (target.series) {
        if (Status status = writeSeries(*target.series, target.skips); !status)
            return status;
    }
    QSet<qint64> kept;
    for (const ContentSnapshot &s : target.items)
        kept.insert(s.item.id);
    // Items of the series now (which may differ from `current` after edits elsewhere) and
    // those `current` names, less those the target keeps.
    auto now = content.ofSeries(id);
    if (!now)
        return now.error();
    QSet<qint64> gone;
    for (const ContentItem &item : *now)
        gone.insert(item.id);
    for (const ContentSnapshot &s : current.items)
        gone.insert(s.item.id);
    for (qint64 itemId : gone) {
        if (kept.contains(itemId))
            continue;
        if (Status status = content.remove(itemId); !status)
            return status;
    }
    for (const ContentSnapshot &s : target.items) {
        if (Status status = content.write(s); !status)
            return status;
    }
    if (!target.series) {
        if (Status status = sql::exec(
                m_workspace.db(), QStringLiteral("DELETE FROM content_series WHERE id = ?"), {id});
            !status)
            return status;
    }
    return transaction.commit();
}

} // namespace siyu
