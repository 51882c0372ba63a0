// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTimeZone>

#include <limits>

namespace siyu {

// Local wall-clock time in one zone → epoch seconds, fast: the zone's offset is looked up once
// per local day (QDateTime costs microseconds per call, which a 5,000,000-row file notices).
// Days with a DST change fall back to QDateTime.
class LocalTimeConverter
{
public:
    explicit LocalTimeConverter(const QTimeZone &zone);

    // Epoch seconds of local `year-month-day hour:minute:second`; the date must be valid.
    qint64 toEpoch(int year, int month, int day, int hour, int minute, int second);
    const QTimeZone &zone() const { return m_zone; }

    // Days since 1970-01-01 of a proleptic Gregorian date.
    static qint64 daysFromCivil(int year, int month, int day);
    static bool isValidDate(int year, int month, int day);

private:
    static constexpr int unstable = 0x7fffffff;
    int offsetOfDay(qint64 day, int year, int month, int dayOfMonth);

    QTimeZone m_zone;
    bool m_utc = false;
    qint64 m_lastDay = std::numeric_limits<qint64>::min();
    int m_lastOffset = 0;
    QHash<qint64, int> m_offsets;
};

} // namespace siyu
