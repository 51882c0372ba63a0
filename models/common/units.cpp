// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/units.h"

#include <QDateTime>

#include <cmath>

namespace siyu::units {

namespace {

Display &currentDisplay()
{
    static Display display;
    return display;
}

QLocale numberLocale()
{
    // Digits grouped by commas in both languages of the application ("1,234.50").
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

} // namespace

const Display &Display::current()
{
    return currentDisplay();
}

void Display::setCurrent(const Display &display)
{
    currentDisplay() = display;
}

Display Display::in(const QTimeZone &zone)
{
    Display display = current();
    display.zone = zone;
    return display;
}

QString currencySymbol(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c.isEmpty() || c == QLatin1String("CNY") || c == QLatin1String("RMB") ||
        c == QLatin1String("JPY"))
        return QStringLiteral("¥");
    if (c == QLatin1String("USD"))
        return QStringLiteral("$");
    if (c == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (c == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (c == QLatin1String("HKD"))
        return QStringLiteral("HK$");
    if (c == QLatin1String("TWD"))
        return QStringLiteral("NT$");
    if (c == QLatin1String("SGD"))
        return QStringLiteral("S$");
    if (c == QLatin1String("AUD"))
        return QStringLiteral("A$");
    if (c == QLatin1String("CAD"))
        return QStringLiteral("C$");
    if (c == QLatin1String("KRW"))
        return QStringLiteral("₩");
    return c + QLatin1Char(' ');
}

QString money(qint64 cents, const Display &display)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    const QString whole = numberLocale().toString(qulonglong(magnitude / 100));
    const QString text = currencySymbol(display.currency) + whole + QLatin1Char('.') +
                         QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString moneyUnits(double units, const Display &display)
{
    return money(qint64(std::llround(units * 100.0)), display);
}

QString number(double value, int decimals)
{
    return numberLocale().toString(value, 'f', decimals);
}

QString count(qint64 value)
{
    return numberLocale().toString(value);
}

QString dateFormat(const Display &display)
{
    return isChinese(display.locale) ? QStringLiteral("yyyy年M月d日")
                                     : QStringLiteral("d MMM yyyy");
}

QString monthFormat(const Display &display)
{
    return isChinese(display.locale) ? QStringLiteral("yyyy年M月") : QStringLiteral("MMM yyyy");
}

QLocale editorLocale(const Display &display)
{
    return isChinese(display.locale) ? QLocale(QLocale::Chinese, QLocale::China)
                                     : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString date(const QDate &day, const Display &display)
{
    if (!day.isValid())
        return {};
    return editorLocale(display).toString(day, dateFormat(display));
}

QString shortDate(const QDate &day, const Display &display)
{
    if (!day.isValid())
        return {};
    if (isChinese(display.locale))
        return QStringLiteral("%1月%2日").arg(day.month()).arg(day.day());
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(day, u"d MMM");
}

QString dateTime(qint64 epochSeconds, const Display &display)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(epochSeconds, display.zone);
    return date(local.date(), display) + QLatin1Char(' ') + local.time().toString(u"HH:mm");
}

QString dateOf(qint64 epochSeconds, const Display &display)
{
    return date(QDateTime::fromSecsSinceEpoch(epochSeconds, display.zone).date(), display);
}

QString zoneLabel(const Display &display)
{
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(display.zone);
    const int offset = display.zone.offsetFromUtc(now);
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("%1 (UTC%2%3:%4)")
        .arg(QString::fromUtf8(display.zone.id()),
             offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString percentagePoints(double from, double to)
{
    const double delta = std::abs(to - from) * 100.0;
    int decimals = 1;
    while (decimals < 3 && delta > 0 && std::round(delta * std::pow(10.0, decimals)) == 0)
        ++decimals;
    return numberLocale().toString(delta, 'f', decimals);
}

} // namespace siyu::units
