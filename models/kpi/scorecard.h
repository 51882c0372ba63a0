// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/common/timeutil.h"
#include "models/kpi/kpiengine.h"
#include "models/kpi/metric.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace siyu {
class Workspace;
}

namespace siyu::kpi {

// Targets are kept per kind of period: a week (Monday to Monday), a calendar month, or any
// other stretch of days.
enum class PeriodKind
{
    Week,
    Month,
    Custom
};

QString periodKindKey(PeriodKind kind); // "week", "month", "custom" (kpi_targets.period_kind)
PeriodKind periodKindOf(const Period &period);

struct KpiTarget
{
    Metric metric = Metric::NewMembers;
    double target = 0; // in the KPI's unit: fractions for rates, currency units for money
    double weight = 1; // relative; the scorecard normalises the weights it uses
};

// The scorecard's targets, in the table kpi_targets: one row per metric, kind of period and
// period_start (the period's first local day, "2026-11-16"). Every write is one transaction.
class TargetRepository
{
public:
    explicit TargetRepository(Workspace &workspace);

    // The targets set for exactly this period, in metric order.
    Result<std::vector<KpiTarget>> targets(PeriodKind kind, const QDate &start) const;
    // The targets in force for the period: per metric, the one set for it, else the latest
    // one set for an earlier period of the same kind — a target holds until it is changed.
    Result<std::vector<KpiTarget>> effectiveTargets(PeriodKind kind, const QDate &start) const;

    // Sets (inserts or replaces) one metric's target and weight for the period.
    Status setTarget(PeriodKind kind, const QDate &start, const KpiTarget &target);
    Status removeTarget(PeriodKind kind, const QDate &start, Metric metric);
    // Replaces all targets of the period by `targets`.
    Status setTargets(PeriodKind kind, const QDate &start, const std::vector<KpiTarget> &targets);

private:
    Workspace &m_workspace;
};

// A KPI's score may exceed its target by half, no more, so that one runaway KPI cannot hide
// the others.
inline constexpr double scoreCap = 1.5;

// actual / target, or target / actual for lower-is-better KPIs (CAC, churn), within [0, 1.5].
// Not defined when the actual is not defined (as shownValue has it: a CAC of 0, nothing spent,
// is not) or the target is not above 0. Another lower-is-better actual of 0 or less (no churn)
// scores the cap.
std::optional<double> score(Metric metric, const std::optional<double> &actual, double target);

struct ScoreLine
{
    Metric metric = Metric::NewMembers;
    double target = 0;
    double weight = 0;
    std::optional<double> actual;
    std::optional<double> score;
};

struct Scorecard
{
    std::vector<ScoreLine> lines;
    // 100 x the weight-normalised sum of the scores, clamped to 0-100. KPIs without a score
    // (actual or target not defined) and weights of 0 or less are left out of both the sum and
    // the normalisation; not defined when nothing is left.
    std::optional<double> total;
};

Scorecard scorecard(const std::vector<KpiTarget> &targets, const KpiValues &values);

} // namespace siyu::kpi
