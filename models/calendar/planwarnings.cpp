// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/calendar/planwarnings.h"

#include "models/common/timeutil.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace siyu::planwarnings {

namespace {

struct Placed
{
    qint64 groupRef;
    QString groupName;
    qint64 at;
};

// The items with a group in [from, to), `pending` in place of its stored self.
Result<std::vector<Placed>> placedItems(Workspace &ws, qint64 from, qint64 to,
                                        const std::optional<ContentItem> &pending)
{
    auto q = sql::run(ws.db(),
                      QStringLiteral("SELECT c.group_ref, g.name, c.scheduled_at FROM content c "
                                     "JOIN groups g ON g.id = c.group_ref WHERE c.scheduled_at "
                                     ">= ? AND c.scheduled_at < ? AND c.id <> ?"),
                      {from, to, pending ? pending->id : qint64(-1)});
    if (!q)
        return q.error();
    std::vector<Placed> items;
    while (q->next())
        items.push_back(
            {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()});
    if (pending && pending->groupRef > 0 && pending->scheduledAt >= from &&
        pending->scheduledAt < to) {
        auto name = sql::scalar(ws.db(), QStringLiteral("SELECT name FROM groups WHERE id = ?"),
                                {pending->groupRef});
        if (!name)
            return name.error();
        items.push_back({pending->groupRef, name->toString(), pending->scheduledAt});
    }
    return items;
}

} // namespace

Result<std::vector<PushOverload>> pushOverloads(Workspace &ws, const QDate &firstDay,
                                                const QDate &endDay, int limit,
                                                const std::optional<ContentItem> &pending)
{
    const QTimeZone zone = ws.timeZone();
    auto items = placedItems(ws, timeutil::startOfDay(firstDay, zone),
                             timeutil::startOfDay(endDay, zone), pending);
    if (!items)
        return items.error();
    std::map<std::pair<QDate, qint64>, PushOverload> counts;
    for (const Placed &p : *items) {
        const QDate day = timeutil::localDate(p.at, zone);
        PushOverload &o = counts[{day, p.groupRef}];
        o.groupRef = p.groupRef;
        o.groupName = p.groupName;
        o.day = day;
        ++o.pushes;
    }
    std::vector<PushOverload> over;
    for (const auto &[key, o] : counts) {
        if (o.pushes > limit)
            over.push_back(o);
    }
    return over;
}

Result<ContactOverload> contactOverload(Workspace &ws, const QDate &monday, int cap,
                                        const std::optional<ContentItem> &pending)
{
    const QTimeZone zone = ws.timeZone();
    ContactOverload result;
    result.monday = monday;
    result.cap = cap;
    const bool withPending = pending && pending->groupRef > 0;
    // Each item reaches each current member of its group once; a member in a group twice (two
    // memberships) is still reached once per item.
    const qint64 from = timeutil::startOfDay(monday, zone);
    const qint64 to = timeutil::startOfDay(monday.addDays(7), zone);
    const qint64 pendingId = pending ? pending->id : qint64(-1);
    const qint64 pendingAt = withPending ? pending->scheduledAt : qint64(0);
    auto q = sql::run(
        ws.db(),
        QStringLiteral(
            "WITH plan(item, group_ref, at) AS ("
            "  SELECT id, group_ref, scheduled_at FROM content WHERE scheduled_at >= ? AND "
            "  scheduled_at < ? AND group_ref IS NOT NULL AND id <> ?"
            "  UNION ALL SELECT ?, ?, ? WHERE ? AND ? >= ? AND ? < ?) "
            "SELECT m.id, m.member_id, coalesce(m.name, ''), count(DISTINCT p.item) AS n "
            "FROM plan p JOIN memberships s ON s.group_ref = p.group_ref AND s.joined_at <= p.at "
            "AND (s.left_at IS NULL OR s.left_at > p.at) JOIN members m ON m.id = s.member_ref "
            "AND m.deleted_at IS NULL GROUP BY m.id HAVING n > ? ORDER BY n DESC, m.member_id"),
        {from, to, pendingId, pendingId, withPending ? pending->groupRef : qint64(0), pendingAt,
         withPending ? 1 : 0, pendingAt, from, pendingAt, to, cap});
    if (!q)
        return q.error();
    while (q->next())
        result.members.push_back({q->value(0).toLongLong(), q->value(1).toString(),
                                  q->value(2).toString(), q->value(3).toInt()});
    return result;
}

Result<std::vector<GapDay>> gapDays(Workspace &ws, const QDate &firstDay, const QDate &endDay)
{
    const QTimeZone zone = ws.timeZone();
    const QDate historyStart = firstDay.addDays(-28);
    auto history = placedItems(ws, timeutil::startOfDay(historyStart, zone),
                               timeutil::startOfDay(firstDay, zone), std::nullopt);
    if (!history)
        return history.error();
    // (group, weekday) → the weeks (0–3) with an item.
    QHash<QPair<qint64, int>, QSet<qint64>> weeks;
    QHash<qint64, QString> names;
    for (const Placed &p : *history) {
        const QDate day = timeutil::localDate(p.at, zone);
        weeks[{p.groupRef, day.dayOfWeek()}].insert(historyStart.daysTo(day) / 7);
        names.insert(p.groupRef, p.groupName);
    }
    auto planned = placedItems(ws, timeutil::startOfDay(firstDay, zone),
                               timeutil::startOfDay(endDay, zone), std::nullopt);
    if (!planned)
        return planned.error();
    QSet<QPair<qint64, QDate>> busy;
    for (const Placed &p : *planned)
        busy.insert({p.groupRef, timeutil::localDate(p.at, zone)});
    std::vector<GapDay> gaps;
    for (QDate day = firstDay; day < endDay; day = day.addDays(1)) {
        for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
            if (it.key().second != day.dayOfWeek() || it.value().size() < 3)
                continue;
            if (!busy.contains({it.key().first, day}))
                gaps.push_back({it.key().first, names.value(it.key().first), day});
        }
    }
    std::sort(gaps.begin(), gaps.end(), [](const GapDay &a, const GapDay &b) {
        return a.day != b.day ? a.day < b.day : a.groupRef < b.groupRef;
    });
    return gaps;
}

} // namespace siyu::planwarnings
