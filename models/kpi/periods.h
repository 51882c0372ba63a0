// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/common/timeutil.h"

#include <QTimeZone>

namespace siyu::kpi {

// The period before `period`: the week before a week, the previous calendar month before a
// month, the same number of days before any other run of whole days, else the same length.
Period previousPeriod(const Period &period, const QTimeZone &zone);

// A period as it stands at a moment, and what it is compared with (DOMAIN.md, "Periods").
struct PeriodComparison
{
    Period period;   // the whole period asked for
    Period current;  // what is measured: the period, or its elapsed part when it is so far
    Period previous; // the previous period, cut at the same elapsed point when so far
    bool soFar = false;
};

// The period at `now`: complete (ended by `now`) or so far (begun, not ended); an error when it
// has not begun, since a period in the future has no KPIs. A so-far period is measured up to
// `now` and compared with the previous period up to the same local day and time (Monday to
// Thursday 15:00 against Monday to Thursday 15:00 of the week before).
Result<PeriodComparison> comparePeriod(const Period &period, qint64 now, const QTimeZone &zone);

// The last ISO week that has ended at `now`.
Period lastCompleteWeek(qint64 now, const QTimeZone &zone);

} // namespace siyu::kpi
