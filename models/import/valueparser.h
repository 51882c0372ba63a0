// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/money.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace siyu {

class LocalTimeConverter;

// How to read day and month in dates such as 03/04/2026 (year-first dates are never in doubt).
enum class DateOrder
{
    Auto, // day first unless the file shows otherwise (a first number above 12 is a day)
    DayMonthYear,
    MonthDayYear,
    YearMonthDay
};

QString dateOrderName(DateOrder order);
std::optional<DateOrder> dateOrderFromName(QStringView name);

// Turns the text of one imported cell into a typed value. Every function takes UTF-8 text and
// returns nullopt when the text is not such a value; none of them accepts a guess.
namespace values {

QByteArrayView trimmed(QByteArrayView text);

// ISO 8601 and the forms exports use: 2026-11-16, 2026/11/16 9:05, 2026年11月16日 09:05,
// 16.11.26, 16/11/2026 09:05:12 PM, 2026-11-16T09:05:00Z, 2026-11-16 09:05:12 +0800. Times
// without an offset are local in the converter's zone.
std::optional<qint64> parseDateTime(QByteArrayView text, LocalTimeConverter &zone,
                                    DateOrder order = DateOrder::Auto);
// For `order == Auto`: what a date tells about the order of its first two numbers (DMY when
// the first is above 12, MDY when the second is), nullopt when it tells nothing.
std::optional<DateOrder> dateOrderHint(QByteArrayView text);

// Amounts: "12", "12.5", "¥1,234.50", "$ 9.99", "-3", "12,5" → cents, exactly, by the rule
// for separators and the limit of money::parseAmount; the error says why an amount is refused.
money::Amount parseAmount(QByteArrayView text);
std::optional<qint64> parseCents(QByteArrayView text);
// The largest count Siyu stores (reads, items, a group's cap): summed over millions of rows in
// SQLite's 64-bit integers, counts up to this never overflow.
inline constexpr qint64 maxCount = 999'999'999'999;
// Non-negative whole numbers ("1,234" too) up to maxCount; `tooLarge` is set when the text is
// such a number, only larger.
std::optional<qint64> parseCount(QByteArrayView text, bool *tooLarge = nullptr);
std::optional<double> parseReal(QByteArrayView text);
// 0/1, true/false, yes/no, 是/否.
std::optional<bool> parseFlag(QByteArrayView text);
// 'M', 'F' or 'U' from M/F/U, 男/女/未知, male/female/unknown, 1/2/0 (WeCom's codes).
std::optional<char> parseGender(QByteArrayView text);
// "yes", "no" or "unknown" from those words, y/n, true/false, 1/0, 是/否, subscribed/...
std::optional<const char *> parseConsent(QByteArrayView text);

// Non-empty when Excel has mangled the text: a formula such as ="0123", or a long number shown
// in scientific notation such as 1.23E+17 (its last digits are lost). The text says which.
QString excelMangling(QByteArrayView text);
// A serial day number where a date was expected (Excel without a date format): 46342.5.
bool looksLikeExcelSerialDate(QByteArrayView text);

// Splits lists such as tags on any of its separator characters (`,;、|` for platform exports,
// `;` for Siyu's own files), trims each part, drops empty parts and repeats.
class ListSplitter
{
public:
    explicit ListSplitter(QStringView separators = u";");
    void split(QByteArrayView text, std::vector<QByteArrayView> &out) const;

private:
    bool m_ascii[128] = {};
    std::vector<QByteArray> m_multiByte;
};

// The digits of a phone-like text, without +86/0086 before a Chinese mobile number; empty when
// there are fewer than five. Only the account of a WhatsApp author whose "number" is no valid
// one: phones and phone identities are compared in E.164 (models/common/phone.h).
QByteArray normalizePhone(QByteArrayView text);
// An email address as identities compare it: trimmed, lower case. Empty without an '@'.
QByteArray normalizeEmail(QByteArrayView text);

} // namespace values
} // namespace siyu
