// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/periods.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace siyu::kpi {

Period previousPeriod(const Period &period, const QTimeZone &zone)
{
    const QDate first = period.firstDay;
    if (first.isValid() && period.endDay.isValid() && first.day() == 1 &&
        first.addMonths(1) == period.endDay)
        return timeutil::periodOfDays(first.addMonths(-1), first, zone);
    return period.previous(zone);
}

Result<PeriodComparison> comparePeriod(const Period &period, qint64 now, const QTimeZone &zone)
{
    if (now < period.from)
        return makeError(QCoreApplication::translate("siyu::kpi",
                                                     "the period has not begun yet: a period "
                                                     "in the future has no KPIs"));
    PeriodComparison result;
    result.period = period;
    result.current = period;
    result.previous = previousPeriod(period, zone);
    if (now >= period.to)
        return result;
    result.soFar = true;
    result.current.to = now;
    // The same local day and time of the previous period: its first day plus as many days
    // as have passed, at the same time of day; never past its end.
    const Period &before = result.previous;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(now, zone);
    qint64 cut = 0;
    if (period.firstDay.isValid() && before.firstDay.isValid()) {
        const qint64 days = period.firstDay.daysTo(local.date());
        const QDate day = before.firstDay.addDays(days);
        cut = QDateTime(day, local.time(), zone).toSecsSinceEpoch();
    } else {
        cut = before.from + (now - period.from);
    }
    result.previous.to = std::clamp(cut, before.from, before.to);
    return result;
}

Period lastCompleteWeek(qint64 now, const QTimeZone &zone)
{
    const QDate today = timeutil::localDate(now, zone);
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    return timeutil::periodOfDays(thisMonday.addDays(-7), thisMonday, zone);
}

} // namespace siyu::kpi
