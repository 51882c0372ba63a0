// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace siyu::money {

// The largest amount Siyu stores, in cents: 9,999,999,999.99. Amounts are summed in SQLite's
// 64-bit integers (gmv, costs, ltv); with this cap even nine million orders at the cap cannot
// overflow a sum, and no real order, budget or cost comes near it.
inline constexpr qint64 maxCents = 999'999'999'999;

enum class AmountError
{
    None,
    NotAnAmount,
    Ambiguous,  // "1,234": a thousands separator or a decimal comma?
    TooPrecise, // more than two decimals that are not zeros
    TooLarge    // beyond maxCents, either sign
};

struct Amount
{
    qint64 cents = 0;
    AmountError error = AmountError::NotAnAmount;

    bool ok() const { return error == AmountError::None; }
};

// Reads an amount into integer cents without passing through binary floating point.
//
// The rule for separators (documented for users in README.md, "Amounts"):
// - A point is always the decimal point (Siyu's own files: "1234.50"). Commas or spaces before
//   it group thousands ("1,234.50", "1 234.50"). More than two decimals are refused unless the
//   extra ones are zeros ("9.9900").
// - Without a point, one comma followed by one or two digits is a decimal comma ("12,5" is
//   12.50, "1.234,56" and "1 234,56" are 1234.56, the points or spaces grouping thousands).
// - Several commas, each before three digits, group thousands ("1,234,567").
// - One comma followed by exactly three digits and no point ("1,234") is ambiguous: it is
//   1234 in China and the US but 1.234 where the comma is the decimal sign. It is refused.
// - Groups must be well formed: 1 to 3 digits, then groups of exactly 3 ("12,34.5" is refused),
//   all with the same separator.
// A sign (+/-) and a currency sign or code (¥ ￥ $ € £ 元 RMB CNY USD) may come before or
// after the number. Anything else is NotAnAmount; beyond ±maxCents is TooLarge.
Amount parseAmount(QStringView text);

// parseAmount's cents, or nullopt for any error.
std::optional<qint64> parseCents(QStringView text);

// 1250 -> "12.50"; -5 -> "-0.05".
QString formatCents(qint64 cents);

// Cents as a currency-unit double for JSON output only (never for arithmetic).
inline double toUnits(qint64 cents)
{
    return double(cents) / 100.0;
}

} // namespace siyu::money
