// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/grouphealth.h"

#include "models/store/grouprepository.h"
#include "models/store/sql.h"
#include "models/store/statement.h"
#include "models/store/workspace.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace siyu::kpi {

namespace {

using FigureMap = std::map<qint64, GroupHealthFigures>;

// `group_ref = ?` when one group is asked for, every group otherwise. Members in the trash
// (deleted, not erased) count nowhere, as in the group list.
QString groupFilter(const std::optional<qint64> &groupRef)
{
    return QStringLiteral("%1 AND member_ref NOT IN (SELECT id FROM members WHERE deleted_at IS "
                          "NOT NULL)")
        .arg(groupRef ? QStringLiteral("group_ref = ?") : QStringLiteral("group_ref IS NOT NULL"));
}

Status addMembershipFigures(const QSqlDatabase &db, qint64 from, qint64 end,
                            const std::optional<qint64> &groupRef, FigureMap &figures)
{
    // Members are counted as memberships open at the end, as the group list counts them. Every
    // group at once reads the table in storage order (NOT INDEXED): the group index would
    // cost a lookup per row.
    const QString statement =
        QStringLiteral("SELECT group_ref, coalesce(sum(joined_at >= ? AND joined_at < ?), 0), "
                       "coalesce(sum(left_at IS NOT NULL AND left_at >= ? AND left_at < ?), 0), "
                       "coalesce(sum(joined_at < ? AND (left_at IS NULL OR left_at >= ?)), 0) "
                       "FROM memberships %1 WHERE %2 GROUP BY group_ref")
            .arg(groupRef ? QString() : QStringLiteral("NOT INDEXED"), groupFilter(groupRef));
    QVariantList binds{from, end, from, end, end, end};
    if (groupRef)
        binds << *groupRef;
    auto q = sql::run(db, statement, binds);
    if (!q)
        return q.error();
    while (q->next()) {
        GroupHealthFigures &f = figures[q->value(0).toLongLong()];
        f.joins = q->value(1).toInt();
        f.leaves = q->value(2).toInt();
        f.members = q->value(3).toInt();
    }
    return {};
}

// Events are first reduced to one row per (group, member), so that membership at the end of
// the period is looked up once per active member rather than once per event.
Status addEventFigures(const QSqlDatabase &db, qint64 from, qint64 end,
                       const std::optional<qint64> &groupRef, FigureMap &figures)
{
    const QString statement =
        QStringLiteral(
            "SELECT x.group_ref, sum(x.messages), sum(EXISTS (SELECT 1 FROM memberships m "
            "WHERE m.group_ref = x.group_ref AND m.member_ref = x.member_ref AND m.joined_at < ? "
            "AND (m.left_at IS NULL OR m.left_at >= ?))) "
            "FROM (SELECT group_ref, member_ref, sum(type = 'message') AS messages FROM events "
            "WHERE ") +
        groupFilter(groupRef) +
        QStringLiteral(" AND occurred_at >= ? AND occurred_at < ? GROUP BY group_ref, "
                       "member_ref) x GROUP BY x.group_ref");
    QVariantList binds{end, end};
    if (groupRef)
        binds << *groupRef;
    binds << from << end;
    auto q = sql::run(db, statement, binds);
    if (!q)
        return q.error();
    while (q->next()) {
        GroupHealthFigures &f = figures[q->value(0).toLongLong()];
        f.messages = q->value(1).toLongLong();
        f.activeMembers = q->value(2).toInt();
    }
    return {};
}

QString labelOf(const Period &period, const QTimeZone &zone)
{
    const QDate first = timeutil::localDate(period.from, zone);
    const QDate last = timeutil::localDate(period.to - 1, zone);
    if (first.dayOfWeek() == 1 && first.daysTo(last) == 6)
        return timeutil::isoWeekName(first);
    return first.toString(Qt::ISODate) + QStringLiteral(" – ") + last.toString(Qt::ISODate);
}

// The shape every group's figures share for a period: what is counted, and over how many days.
GroupHealthFigures blank(const Period &period, qint64 end, const QTimeZone &zone)
{
    GroupHealthFigures f;
    f.period = period;
    f.label = labelOf(period, zone);
    f.end = end;
    if (end > period.from) {
        const QDate first = timeutil::localDate(period.from, zone);
        f.days = int(first.daysTo(timeutil::localDate(end - 1, zone))) + 1;
    }
    return f;
}

// Statement::step() is false both at the end of the rows and on an error.
Status finished(sqlite3 *db)
{
    const int code = sqlite3_errcode(db);
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW)
        return {};
    return sql::describeFailure(db, QStringLiteral("SELECT"));
}

// The members in the trash (deleted, not erased), ascending.
Result<std::vector<qint64>> trashedMembers(sqlite3 *db)
{
    Statement st(db, "SELECT id FROM members WHERE deleted_at IS NOT NULL");
    if (!st.isValid())
        return st.prepareError();
    std::vector<qint64> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    if (const Status status = finished(db); !status)
        return status.error();
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Every group at once, the same figures as the two statements above, in two passes: the
// period's group events through the group index (a group's events of a week are a short range
// of it, and the table is read only for them), and every membership in storage order. Each
// (group, member) pair seen in the events is matched against the memberships open at the end
// here, instead of an index lookup per pair. Counts are kept by group row id; groups that are
// not in `groups` (which the report never shows) are left out.
Status addAllGroupFigures(Workspace &ws, qint64 from, qint64 end, FigureMap &figures)
{
    sqlite3 *db = ws.handle();
    auto trashed = trashedMembers(db);
    if (!trashed)
        return trashed.error();
    const auto isTrashed = [&trashed](qint64 member) {
        return !trashed->empty() && std::binary_search(trashed->begin(), trashed->end(), member);
    };
    qint64 maxGroup = 0;
    {
        Statement st(db, "SELECT coalesce(max(id), 0) FROM groups");
        if (!st.isValid())
            return st.prepareError();
        if (st.step())
            maxGroup = st.int64(0);
        if (const Status status = finished(db); !status)
            return status;
    }
    std::vector<GroupHealthFigures> counts(size_t(std::max<qint64>(0, maxGroup)) + 1);
    const auto known = [maxGroup](qint64 group) {
        return group >= 0 && group <= maxGroup;
    };

    Statement events(db, "SELECT e.group_ref, e.member_ref, e.type = 'message' FROM groups g "
                         "CROSS JOIN events e INDEXED BY events_group_time "
                         "ON e.group_ref = g.id WHERE e.group_ref IS NOT NULL "
                         "AND e.occurred_at >= ?1 AND e.occurred_at < ?2");
    if (!events.isValid())
        return events.prepareError();
    events.bind(1, from);
    events.bind(2, end);
    std::vector<std::pair<qint64, qint64>> pairs; // (group, member)
    std::vector<quint8> eventful;                 // by member: has a group event
    while (events.step()) {
        const qint64 group = events.int64(0);
        const qint64 member = events.int64(1);
        if (!known(group) || isTrashed(member))
            continue;
        pairs.emplace_back(group, member);
        if (member >= 0) {
            if (size_t(member) >= eventful.size())
                eventful.resize(size_t(member) + 1 + eventful.size() / 2, 0);
            eventful[size_t(member)] = 1;
        }
        if (events.int64(2) != 0)
            ++counts[size_t(group)].messages;
    }
    if (const Status status = finished(db); !status)
        return status;
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    Statement memberships(db, "SELECT group_ref, member_ref, joined_at, left_at "
                              "FROM memberships NOT INDEXED");
    if (!memberships.isValid())
        return memberships.prepareError();
    std::vector<quint8> counted(pairs.size(), 0); // a pair counts once, however many rows
    while (memberships.step()) {
        const qint64 group = memberships.int64(0);
        const qint64 member = memberships.int64(1);
        if (!known(group) || isTrashed(member))
            continue;
        GroupHealthFigures &f = counts[size_t(group)];
        const qint64 joined = memberships.int64(2);
        const bool hasLeft = !memberships.isNull(3);
        const qint64 left = hasLeft ? memberships.int64(3) : 0;
        f.joins += joined >= from && joined < end ? 1 : 0;
        f.leaves += hasLeft && left >= from && left < end ? 1 : 0;
        if (joined >= end || (hasLeft && left < end))
            continue;
        ++f.members;
        if (member < 0 || size_t(member) >= eventful.size() || !eventful[size_t(member)])
            continue;
        const std::pair<qint64, qint64> key(group, member);
        const auto it = std::lower_bound(pairs.begin(), pairs.end(), key);
        if (it != pairs.end() && *it == key) {
            quint8 &seen = counted[size_t(it - pairs.begin())];
            if (!seen) {
                seen = 1;
                ++f.activeMembers;
            }
        }
    }
    if (const Status status = finished(db); !status)
        return status;
    for (size_t group = 0; group < counts.size(); ++group) {
        const GroupHealthFigures &f = counts[group];
        if (f.joins || f.leaves || f.members || f.messages || f.activeMembers)
            figures[qint64(group)] = f;
    }
    return {};
}

Result<FigureMap> collect(Workspace &ws, const Period &period, qint64 end,
                          const std::optional<qint64> &groupRef)
{
    FigureMap figures;
    if (end > period.from && !groupRef) {
        if (Status s = addAllGroupFigures(ws, period.from, end, figures); !s)
            return s.error();
    } else if (end > period.from) {
        if (Status s = addMembershipFigures(ws.db(), period.from, end, groupRef, figures); !s)
            return s.error();
        if (Status s = addEventFigures(ws.db(), period.from, end, groupRef, figures); !s)
            return s.error();
    }
    const GroupHealthFigures shape = blank(period, end, ws.timeZone());
    for (auto &[ref, f] : figures) {
        Q_UNUSED(ref)
        GroupHealthFigures complete = shape;
        complete.joins = f.joins;
        complete.leaves = f.leaves;
        complete.members = f.members;
        complete.messages = f.messages;
        complete.activeMembers = f.activeMembers;
        f = complete;
    }
    return figures;
}

qint64 endOf(const Period &period, const std::optional<qint64> &asOf)
{
    if (!asOf || *asOf >= period.to)
        return period.to;
    return std::max(*asOf, period.from);
}

} // namespace

std::optional<double> GroupHealthFigures::messagesPerMemberPerDay() const
{
    if (members <= 0 || days <= 0)
        return std::nullopt;
    return double(messages) / (double(members) * double(days));
}

std::optional<double> GroupHealthFigures::activeShare() const
{
    if (members <= 0)
        return std::nullopt;
    return double(activeMembers) / double(members);
}

std::optional<double> GroupHealthRow::fill() const
{
    if (!memberCap || *memberCap <= 0)
        return std::nullopt;
    return double(figures.members) / double(*memberCap);
}

bool GroupHealthRow::isNearCap() const
{
    const auto ratio = fill();
    return ratio && *ratio >= nearCapThreshold;
}

Result<GroupHealthFigures> GroupHealth::forGroup(qint64 groupRef, const Period &period,
                                                 std::optional<qint64> asOf) const
{
    const qint64 end = endOf(period, asOf);
    auto figures = collect(m_workspace, period, end, groupRef);
    if (!figures)
        return figures.error();
    const auto found = figures->find(groupRef);
    if (found != figures->end())
        return found->second;
    return blank(period, end, m_workspace.timeZone());
}

Result<std::vector<GroupHealthFigures>> GroupHealth::weeklySeries(qint64 groupRef, qint64 asOf,
                                                                  int weeks) const
{
    const QTimeZone zone = m_workspace.timeZone();
    const QDate today = timeutil::localDate(asOf, zone);
    const QDate lastMonday = today.addDays(1 - today.dayOfWeek());
    std::vector<GroupHealthFigures> series;
    series.reserve(size_t(std::max(weeks, 0)));
    for (int i = weeks - 1; i >= 0; --i) {
        const QDate monday = lastMonday.addDays(-7 * i);
        const Period week = timeutil::periodOfDays(monday, monday.addDays(7), zone);
        auto figures = forGroup(groupRef, week, asOf);
        if (!figures)
            return figures.error();
        series.push_back(std::move(*figures));
    }
    return series;
}

Result<std::vector<GroupHealthRow>> GroupHealth::forAllGroups(const Period &period) const
{
    auto figures = collect(m_workspace, period, period.to, std::nullopt);
    if (!figures)
        return figures.error();
    auto q = sql::run(m_workspace.db(),
                      QStringLiteral("SELECT id, group_id, name, platform, member_cap FROM groups "
                                     "ORDER BY name COLLATE NOCASE, id"));
    if (!q)
        return q.error();
    const GroupHealthFigures shape = blank(period, period.to, m_workspace.timeZone());
    std::vector<GroupHealthRow> rows;
    while (q->next()) {
        GroupHealthRow row;
        row.groupRef = q->value(0).toLongLong();
        row.groupId = q->value(1).toString();
        row.name = q->value(2).toString();
        row.platform = q->value(3).toString();
        if (!q->value(4).isNull() && q->value(4).toInt() > 0)
            row.memberCap = q->value(4).toInt();
        const auto found = figures->find(row.groupRef);
        row.figures = found != figures->end() ? found->second : shape;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace siyu::kpi
