// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/scorecard.h"

#include "models/kpi/change.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace siyu::kpi {

namespace {

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

Status checkTarget(const QDate &start, const KpiTarget &target)
{
    if (!start.isValid())
        return makeError(
            QCoreApplication::translate("siyu::kpi", "A target needs the first day of its period"));
    if (!std::isfinite(target.target) || !std::isfinite(target.weight) || target.weight < 0)
        return makeError(QCoreApplication::translate(
                             "siyu::kpi", "The target or weight of %1 is not a valid number")
                             .arg(title(target.metric)));
    return {};
}

Status writeTarget(Workspace &ws, PeriodKind kind, const QDate &start, const KpiTarget &target)
{
    if (const Status status = checkTarget(start, target); !status)
        return status;
    return sql::exec(ws.db(),
                     QStringLiteral("INSERT INTO kpi_targets(metric, period_kind, period_start, "
                                    "target, weight) VALUES(?, ?, ?, ?, ?) "
                                    "ON CONFLICT(metric, period_kind, period_start) DO UPDATE "
                                    "SET target = excluded.target, weight = excluded.weight"),
                     {QString::fromLatin1(info(target.metric).key), periodKindKey(kind),
                      isoDay(start), target.target, target.weight});
}

Result<std::vector<KpiTarget>> readTargets(QSqlQuery &query)
{
    std::vector<KpiTarget> result;
    while (query.next()) {
        const auto metric = metricFromKey(query.value(0).toString());
        if (!metric)
            continue; // a metric this version does not know
        result.push_back({*metric, query.value(1).toDouble(), query.value(2).toDouble()});
    }
    std::sort(result.begin(), result.end(),
              [](const KpiTarget &a, const KpiTarget &b) { return a.metric < b.metric; });
    return result;
}

} // namespace

QString periodKindKey(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return QStringLiteral("week");
    case PeriodKind::Month:
        return QStringLiteral("month");
    case PeriodKind::Custom:
        break;
    }
    return QStringLiteral("custom");
}

PeriodKind periodKindOf(const Period &period)
{
    const QDate first = period.firstDay;
    if (!first.isValid() || !period.endDay.isValid())
        return PeriodKind::Custom;
    if (first.dayOfWeek() == Qt::Monday && first.daysTo(period.endDay) == 7)
        return PeriodKind::Week;
    if (first.day() == 1 && first.addMonths(1) == period.endDay)
        return PeriodKind::Month;
    return PeriodKind::Custom;
}

TargetRepository::TargetRepository(Workspace &workspace) : m_workspace(workspace) {}

Result<std::vector<KpiTarget>> TargetRepository::targets(PeriodKind kind, const QDate &start) const
{
    auto query = sql::run(m_workspace.db(),
                          QStringLiteral("SELECT metric, target, weight FROM kpi_targets "
                                         "WHERE period_kind = ? AND period_start = ?"),
                          {periodKindKey(kind), isoDay(start)});
    if (!query)
        return query.error();
    return readTargets(*query);
}

Result<std::vector<KpiTarget>> TargetRepository::effectiveTargets(PeriodKind kind,
                                                                  const QDate &start) const
{
    // ISO dates compare as text in date order.
    auto query = sql::run(m_workspace.db(),
                          QStringLiteral("SELECT t.metric, t.target, t.weight FROM kpi_targets t "
                                         "WHERE t.period_kind = ? AND t.period_start = ("
                                         "SELECT max(l.period_start) FROM kpi_targets l "
                                         "WHERE l.metric = t.metric AND l.period_kind = ? "
                                         "AND l.period_start <= ?)"),
                          {periodKindKey(kind), periodKindKey(kind), isoDay(start)});
    if (!query)
        return query.error();
    return readTargets(*query);
}

Status TargetRepository::setTarget(PeriodKind kind, const QDate &start, const KpiTarget &target)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive())
        return transaction.error();
    if (const Status status = writeTarget(m_workspace, kind, start, target); !status)
        return status;
    return transaction.commit();
}

Status TargetRepository::removeTarget(PeriodKind kind, const QDate &start, Metric metric)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Status status =
        sql::exec(m_workspace.db(),
                  QStringLiteral("DELETE FROM kpi_targets WHERE metric = ? AND period_kind = ? "
                                 "AND period_start = ?"),
                  {QString::fromLatin1(info(metric).key), periodKindKey(kind), isoDay(start)});
    if (!status)
        return status;
    return transaction.commit();
}

Status TargetRepository::setTargets(PeriodKind kind, const QDate &start,
                                    const std::vector<KpiTarget> &targets)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Status cleared = sql::exec(
        m_workspace.db(),
        QStringLiteral("DELETE FROM kpi_targets WHERE period_kind = ? AND period_start = ?"),
        {periodKindKey(kind), isoDay(start)});
    if (!cleared)
        return cleared;
    for (const KpiTarget &target : targets) {
        if (const Status status = writeTarget(m_workspace, kind, start, target); !status)
            return status;
    }
    return transaction.commit();
}

std::optional<double> score(Metric metric, const std::optional<double> &value, double target)
{
    // A CAC of 0 (nothing spent) is not defined for people, and scores nothing.
    const auto actual = shownValue(metric, value);
    if (!actual || !std::isfinite(target) || target <= 0)
        return std::nullopt;
    double raw = 0;
    if (info(metric).lowerIsBetter)
        raw = *actual <= 0 ? scoreCap : target / *actual;
    else
        raw = *actual / target;
    return std::clamp(raw, 0.0, scoreCap);
}

Scorecard scorecard(const std::vector<KpiTarget> &targets, const KpiValues &values)
{
    Scorecard card;
    double weighted = 0;
    double weights = 0;
    for (const KpiTarget &target : targets) {
        ScoreLine line;
        line.metric = target.metric;
        line.target = target.target;
        line.weight = target.weight;
        line.actual = values.value(target.metric);
        line.score = score(target.metric, line.actual, target.target);
        if (line.score && target.weight > 0) {
            weighted += target.weight * *line.score;
            weights += target.weight;
        }
        card.lines.push_back(line);
    }
    if (weights > 0)
        card.total = std::clamp(100.0 * weighted / weights, 0.0, 100.0);
    return card;
}

} // namespace siyu::kpi
