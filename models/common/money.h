// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace siyu::money {

// Parses "12", "12.5", "-3.07", "1,234.50", "¥1,234.50", "$ 9.99" into integer cents without
// passing through binary floating point. More than two decimals, or anything else, is nullopt.
std::optional<qint64> parseCents(QStringView text);

// 1250 -> "12.50"; -5 -> "-0.05".
QString formatCents(qint64 cents);

// Cents as a currency-unit double for JSON output only (never for arithmetic).
inline double toUnits(qint64 cents)
{
    return double(cents) / 100.0;
}

} // namespace siyu::money
