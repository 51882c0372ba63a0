// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace siyu {

// The store keeps every time as seconds since the Unix epoch (UTC). Periods and date-only
// values are interpreted in the workspace's time zone.

// A half-open interval [from, to) of epoch seconds.
struct Period
{
    qint64 from = 0;
    qint64 to = 0;
    QDate firstDay; // first local day of the period
    QDate endDay;   // the local day `to` falls on (exclusive end)

    bool contains(qint64 t) const { return t >= from && t < to; }
    qint64 length() const { return to - from; }
    // The period of the same length that ends where this one begins.
    Period previous(const QTimeZone &zone) const;
};

namespace timeutil {

// Epoch seconds of local midnight of `day` in `zone`. A midnight skipped by a DST change is
// taken as the first valid moment of that day.
qint64 startOfDay(const QDate &day, const QTimeZone &zone);

// [first day, end day) as a Period.
Period periodOfDays(const QDate &firstDay, const QDate &endDay, const QTimeZone &zone);

// "2026-W47" (ISO 8601 week, Monday to Monday). Errors name what is wrong.
Result<Period> parseIsoWeek(QStringView text, const QTimeZone &zone);
// The ISO week containing `day`, as "2026-W47".
QString isoWeekName(const QDate &day);
// Monday of ISO week `week` of ISO year `year`; invalid QDate when there is no such week.
QDate mondayOfIsoWeek(int year, int week);

// `2026-11-16`, `2026-11-16 09:30`, `2026-11-16 09:30:00`, `2026-11-16T09:30:00`, with an
// optional `Z` or `+08:00` offset; without offset, local time in `zone`.
std::optional<qint64> parseIsoDateTime(QStringView text, const QTimeZone &zone);

// Local date of epoch seconds `t` in `zone`.
QDate localDate(qint64 t, const QTimeZone &zone);
// "2026-11-16 09:30" in `zone`.
QString formatLocal(qint64 t, const QTimeZone &zone);
QString formatLocalDate(qint64 t, const QTimeZone &zone);

} // namespace timeutil
} // namespace siyu
