// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/timeutil.h"

#include <QDateTime>
#include <QRegularExpression>

namespace siyu {

Period Period::previous(const QTimeZone &zone) const
{
    const qint64 days = firstDay.daysTo(endDay);
    if (firstDay.isValid() && days > 0)
        return timeutil::periodOfDays(firstDay.addDays(-days), firstDay, zone);
    Period p;
    p.from = from - length();
    p.to = from;
    return p;
}

namespace timeutil {

qint64 startOfDay(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toSecsSinceEpoch();
}

Period periodOfDays(const QDate &firstDay, const QDate &endDay, const QTimeZone &zone)
{
    Period p;
    p.firstDay = firstDay;
    p.endDay = endDay;
    p.from = startOfDay(firstDay, zone);
    p.to = startOfDay(endDay, zone);
    return p;
}

QDate mondayOfIsoWeek(int year, int week)
{
    if (week < 1 || week > 53)
        return {};
    // 4 January is always in ISO week 1.
    const QDate jan4(year, 1, 4);
    const QDate week1Monday = jan4.addDays(1 - jan4.dayOfWeek());
    const QDate monday = week1Monday.addDays(7 * (week - 1));
    int isoYear = 0;
    if (monday.weekNumber(&isoYear) != week || isoYear != year)
        return {};
    return monday;
}

Result<Period> parseIsoWeek(QStringView text, const QTimeZone &zone)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-?W(\\d{1,2})$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed().toString());
    if (!m.hasMatch())
        return makeError(
            QStringLiteral("'%1' is not an ISO week such as 2026-W47").arg(text.toString()));
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    const QDate monday = mondayOfIsoWeek(year, week);
    if (!monday.isValid())
        return makeError(QStringLiteral("%1 has no ISO week %2").arg(year).arg(week));
    return periodOfDays(monday, monday.addDays(7), zone);
}

QString isoWeekName(const QDate &day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseIsoDateTime(QStringView text, const QTimeZone &zone)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
        "\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = re.match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (m.capturedLength(4) > 0) {
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.capturedLength(6) > 0 ? m.captured(6).toInt() : 0);
        if (!time.isValid())
            return std::nullopt;
    }
    const QString offset = m.captured(7);
    if (offset.isEmpty())
        return QDateTime(date, time, zone).toSecsSinceEpoch();
    int seconds = 0;
    if (offset != QLatin1String("Z")) {
        const QString digits = QString(offset).remove(QLatin1Char(':'));
        seconds = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * 60;
        if (digits[0] == u'-')
            seconds = -seconds;
    }
    return QDateTime(date, time, QTimeZone(seconds)).toSecsSinceEpoch();
}

QDate localDate(qint64 t, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(t, zone).date();
}

QString formatLocal(qint64 t, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(t, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatLocalDate(qint64 t, const QTimeZone &zone)
{
    return localDate(t, zone).toString(Qt::ISODate);
}

} // namespace timeutil
} // namespace siyu
