// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/common/timeutil.h"

#include <QtGlobal>

#include <array>
#include <optional>

namespace siyu {
class Workspace;
}

namespace siyu::kpi {

// The conversion funnel of distinct members (domain brief, "The weekly KPI report"): members
// with a `read` event in the period; of them, those with a `click` event in the period; of
// those, the buyers (>= 1 paid order in the period); of those, the repeat buyers (>= 2 paid
// orders in the period, as the repurchase rate counts them). Each stage is a subset of the one
// before, so the funnel never widens. Members deleted before the period end are in no stage,
// as in every KPI. Content-item sums (reads, clicks of the content table) are not in it.
struct Funnel
{
    enum Stage
    {
        Readers,
        Clickers,
        Buyers,
        RepeatBuyers
    };
    static constexpr int stageCount = 4;

    std::array<qint64, stageCount> members{};

    qint64 count(Stage stage) const { return members[size_t(stage)]; }
    // The stage's members over the first stage's; not defined when nobody read anything.
    std::optional<double> shareOfFirst(Stage stage) const;
};

Result<Funnel> memberFunnel(Workspace &ws, const Period &period);

} // namespace siyu::kpi
