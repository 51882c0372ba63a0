// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/common/timeutil.h"
#include "models/kpi/metric.h"
#include "models/kpi/periods.h"

#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace siyu {
class Workspace;
}

namespace siyu::kpi {

// The KPIs of one period. A value is std::nullopt where it is not defined (a zero
// denominator), never 0.
struct KpiValues
{
    Period period;
    std::map<Metric, std::optional<double>> values;

    std::optional<double> value(Metric metric) const;
};

// Computes the KPIs of the domain brief by SQL over the store, exactly as DOMAIN.md and
// CONTRACT.md define them. Works on the calling thread's Workspace.
class KpiEngine
{
public:
    explicit KpiEngine(Workspace &workspace);

    Result<KpiValues> compute(const Period &period) const;
    // Only the given KPIs (and the scans they need): a trend of one KPI over many weeks costs
    // what that KPI costs. The other KPIs are absent from the result (value() is nullopt).
    Result<KpiValues> compute(const Period &period, const std::vector<Metric> &only) const;
    // This period, whole, and the previous one (previousPeriod).
    Result<std::pair<KpiValues, KpiValues>> computeWithPrevious(const Period &period) const;
    // What `comparison` measures and what it is compared with (a so-far period against the
    // same elapsed part of the previous one).
    Result<std::pair<KpiValues, KpiValues>> compare(const PeriodComparison &comparison) const;

    // Retention (week n) of the domain brief: of the members who joined in the ISO week that
    // starts on `cohortMonday`, the share active (>= 1 event) in the week `weeksLater` weeks
    // after it (0 = the joining week). Not defined for a cohort of nobody.
    Result<std::optional<double>> retention(const QDate &cohortMonday, int weeksLater) const;

    // Net promoter score of the period's survey answers as a fraction (-1 to 1): promoters
    // (9-10) minus detractors (0-6), over all answers. Defined only when the answers are on a
    // 0-10 scale, taken to be so when any of them is above 5 or equal to 0; satisfaction stays
    // the plain mean score either way.
    Result<std::optional<double>> nps(const Period &period) const;

private:
    Workspace &m_workspace;
};

} // namespace siyu::kpi
