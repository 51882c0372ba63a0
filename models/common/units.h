// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace siyu::units {

// How amounts, dates and times are shown to people: in the workspace's currency and time zone,
// in the language of the window or of the report. One format per language everywhere.
struct Display
{
    QString currency = QStringLiteral("CNY"); // ISO 4217
    QTimeZone zone = QTimeZone::systemTimeZone();
    QLocale locale; // the language: Chinese or English

    // What the window shows: set when a workspace is opened or its settings change.
    static const Display &current();
    static void setCurrent(const Display &display);
    // The current display in `zone`: for models that know their workspace's zone.
    static Display in(const QTimeZone &zone);
};

// "¥" for CNY (and JPY), "$" for USD, "€", "£", "HK$", …; the code itself for others.
QString currencySymbol(const QString &code);

// "¥1,234.50", "-¥0.05": grouped digits and two decimals in both languages.
QString money(qint64 cents, const Display &display = Display::current());
// The same for an amount in currency units (a KPI value such as AOV).
QString moneyUnits(double units, const Display &display = Display::current());

// A number with grouped digits ("1,234") and `decimals` decimals.
QString number(double value, int decimals = 0);
QString count(qint64 value);

// The pattern of date() and of a month, for date editors (QDateTimeEdit::setDisplayFormat):
// "d MMM yyyy" / "yyyy年M月d日", "MMM yyyy" / "yyyy年M月".
QString dateFormat(const Display &display = Display::current());
QString monthFormat(const Display &display = Display::current());
// The locale date editors need for month names: the display's language.
QLocale editorLocale(const Display &display = Display::current());

// "30 Nov 2026" / "2026年11月30日".
QString date(const QDate &day, const Display &display = Display::current());
// "Mon 30 Nov" / "11月30日 周一": a short day label for charts and calendars.
QString shortDate(const QDate &day, const Display &display = Display::current());
// Epoch seconds as "30 Nov 2026 14:05" / "2026年11月30日 14:05" in the display's zone.
QString dateTime(qint64 epochSeconds, const Display &display = Display::current());
// Epoch seconds as its local date in the display's zone.
QString dateOf(qint64 epochSeconds, const Display &display = Display::current());
// The zone as people read it: "Asia/Shanghai (UTC+08:00)".
QString zoneLabel(const Display &display = Display::current());

// A change between two ratios in percentage points, with as many decimals as it takes (up to
// three) for a non-zero difference not to read as 0: 0.025 → 0.024 is "0.1" at one decimal.
// Returns the magnitude only; the caller shows the direction.
QString percentagePoints(double from, double to);

} // namespace siyu::units
