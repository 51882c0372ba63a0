// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/localtimeconverter.h"

#include <QDateTime>

namespace siyu {

LocalTimeConverter::LocalTimeConverter(const QTimeZone &zone)
    : m_zone(zone), m_utc(zone.isValid() && zone.id() == "UTC")
{
    if (zone.isValid() && !zone.hasTransitions() &&
        zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) == 0)
        m_utc = true;
}

qint64 LocalTimeConverter::daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil.
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool LocalTimeConverter::isValidDate(int year, int month, int day)
{
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= lengths[month - 1] + (month == 2 && leap ? 1 : 0);
}

int LocalTimeConverter::offsetOfDay(qint64 day, int year, int month, int dayOfMonth)
{
    if (day == m_lastDay)
        return m_lastOffset;
    auto it = m_offsets.constFind(day);
    int offset = 0;
    if (it != m_offsets.constEnd()) {
        offset = *it;
    } else {
        const QDate date(year, month, dayOfMonth);
        const int atStart = QDateTime(date, QTime(0, 0), m_zone).offsetFromUtc();
        const int atEnd = QDateTime(date, QTime(23, 59, 59), m_zone).offsetFromUtc();
        offset = atStart == atEnd ? atStart : unstable;
        m_offsets.insert(day, offset);
    }
    m_lastDay = day;
    m_lastOffset = offset;
    return offset;
}

qint64 LocalTimeConverter::toEpoch(int year, int month, int day, int hour, int minute, int second)
{
    const qint64 days = daysFromCivil(year, month, day);
    const qint64 local = days * 86400 + hour * 3600 + minute * 60 + second;
    if (m_utc)
        return local;
    const int offset = offsetOfDay(days, year, month, day);
    if (offset != unstable)
        return local - offset;
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), m_zone)
        .toSecsSinceEpoch();
}

} // namespace siyu
