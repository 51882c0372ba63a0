// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/churnwarning.h"

#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QSqlQuery>

namespace siyu {

namespace {

constexpr qint64 secondsPerDay = 86400;

// Binds, in order: recent start, recent days, recent start, recent start, recent start,
// baseline start (events), baseline start, as_of, baseline start (orders), baseline start, as_of,
// recent seconds, min level, drop ratio.
const QString warningsSql = QStringLiteral(
    "SELECT id, member_id, name, recent, baseline, baseline_days, level, last_at FROM ("
    " SELECT m.id, m.member_id, m.name, a.recent, a.baseline, a.last_at,"
    "  (? - max(m.joined_at, a.baseline_from)) / 86400.0 AS baseline_days,"
    "  a.baseline * ? / ((? - max(m.joined_at, a.baseline_from)) / 86400.0) AS level"
    " FROM members m JOIN ("
    "  SELECT member_ref, min(baseline_from) AS baseline_from,"
    "   sum(t >= ?) AS recent, sum(t < ?) AS baseline, max(t) AS last_at FROM ("
    "    SELECT member_ref, occurred_at AS t, ? AS baseline_from FROM events"
    "     WHERE occurred_at >= ? AND occurred_at < ?"
    "    UNION ALL SELECT member_ref, paid_at, ? FROM orders"
    "     WHERE refunded = 0 AND paid_at >= ? AND paid_at < ?)"
    "  GROUP BY member_ref) a ON a.member_ref = m.id"
    " WHERE m.deleted_at IS NULL)"
    " WHERE baseline_days * 86400 >= ? AND level >= ? AND recent <= ? * level"
    " ORDER BY level - recent DESC, id");

} // namespace

Result<std::vector<ChurnWarning>> churnWarnings(Workspace &ws, qint64 asOf,
                                                const ChurnWarningParameters &p)
{
    const qint64 recentStart = asOf - qint64(p.recentDays) * secondsPerDay;
    const qint64 baselineStart = recentStart - qint64(p.baselineDays) * secondsPerDay;
    QVariantList binds{recentStart,   p.recentDays, recentStart,
                       recentStart,   recentStart,  baselineStart,
                       baselineStart, asOf,         baselineStart,
                       baselineStart, asOf,         qint64(p.recentDays) * secondsPerDay,
                       p.minLevel,    p.dropRatio};
    QString statement = warningsSql;
    if (p.limit > 0) {
        statement += QStringLiteral(" LIMIT ?");
        binds << p.limit;
    }
    auto query = sql::run(ws.db(), statement, binds);
    if (!query)
        return query.error();
    std::vector<ChurnWarning> warnings;
    while (query->next()) {
        ChurnWarning w;
        w.memberRef = query->value(0).toLongLong();
        w.memberId = query->value(1).toString();
        w.name = query->value(2).toString();
        w.recentActivity = query->value(3).toLongLong();
        w.baselineActivity = query->value(4).toLongLong();
        w.baselineDays = query->value(5).toDouble();
        w.level = query->value(6).toDouble();
        if (!query->value(7).isNull())
            w.lastActiveAt = query->value(7).toLongLong();
        warnings.push_back(w);
    }
    return warnings;
}

} // namespace siyu
