// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/units.h"

#include <QString>

#include <optional>
#include <vector>

namespace siyu::kpi {

// Every KPI of the domain brief, in the order reports list them.
enum class Metric
{
    NewMembers,
    TotalMembers,
    ActiveMembers,
    ActivityRate,
    ChurnedMembers,
    ChurnRate,
    ContentReads,
    ContentLikes,
    ContentComments,
    ContentShares,
    InteractionRate,
    Ctr,
    Buyers,
    ConversionRate,
    Gmv,
    Orders,
    Aov,
    RepurchaseRate,
    Arpu,
    Ltv,
    Cac,
    Roi,
    KFactor,
    Satisfaction,
};

enum class Unit
{
    Count,
    Ratio,
    Money,
    Score
};

struct MetricInfo
{
    Metric metric;
    const char *key;    // the name in `siyu kpi --json`, e.g. "activity_rate"
    Unit unit;          // Ratio values are fractions (0.25); Money is in currency units
    bool lowerIsBetter; // CAC and churn: the scorecard inverts them
};

const std::vector<MetricInfo> &metrics();
const MetricInfo &info(Metric metric);
std::optional<Metric> metricFromKey(const QString &key);
// The translated display name ("Activity rate" / "活跃率").
QString title(Metric metric);
// Formats a value for people: "—" when not defined, "25.0%" for ratios, "¥1,234.50" money (in
// the display's currency).
QString format(Metric metric, const std::optional<double> &value,
               const units::Display &display = units::Display::current());

} // namespace siyu::kpi
