// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QString>

#include <optional>
#include <vector>

namespace siyu {

class Workspace;

// Churn warning (流失预警): members whose activity in the last window fell well below their own
// earlier level, for a recall campaign and the weekly report's alerts.
//
// Activity = events plus paid orders (not refunded). With the recent window
// R = [as_of - recent_days, as_of) and the baseline before it
// B = [max(as_of - recent_days - baseline_days, joined_at), as_of - recent_days) (days of
// 86,400 s), a live member's earlier level is their activity in B scaled to the length of R:
//     level = activity(B) * recent_days / days(B).
// They are warned about when
//     days(B) >= recent_days                (enough history to have a level),
//     level >= min_level                    (they were really active), and
//     activity(R) <= drop_ratio * level     (and now are far less so).
// Sorted by the size of the fall (level - recent activity), largest first, then member row id.
struct ChurnWarningParameters
{
    int recentDays = 30;
    int baselineDays = 90;
    double dropRatio = 0.3;
    double minLevel = 3.0;
    int limit = 0; // at most this many, 0 = all
};

struct ChurnWarning
{
    qint64 memberRef = 0;
    QString memberId;
    QString name;
    qint64 recentActivity = 0;
    qint64 baselineActivity = 0;
    double baselineDays = 0;
    double level = 0;                   // baseline activity per recent window
    std::optional<qint64> lastActiveAt; // last event or paid order in B or R
};

Result<std::vector<ChurnWarning>> churnWarnings(Workspace &ws, qint64 asOf,
                                                const ChurnWarningParameters &parameters = {});

} // namespace siyu
