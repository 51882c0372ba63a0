// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/common/timeutil.h"
#include "models/kpi/metric.h"

#include <map>
#include <optional>

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
    // This period and the previous one of the same length.
    Result<std::pair<KpiValues, KpiValues>> computeWithPrevious(const Period &period) const;

private:
    Workspace &m_workspace;
};

} // namespace siyu::kpi
