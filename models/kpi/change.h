// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/kpi/metric.h"

#include <QString>

#include <optional>

namespace siyu::kpi {

// The value as people are shown it: nullopt where it is not defined. Besides a zero
// denominator, a CAC of 0 is not defined for people: it only arises when nothing was spent,
// and "it cost nothing to win each new member" would read as an achievement. (The command
// line's --json keeps the 0 the contract defines.)
std::optional<double> shownValue(Metric metric, const std::optional<double> &value);
// format() of the shown value: what every screen and the report print for a KPI.
QString formatShown(Metric metric, const std::optional<double> &value,
                    const units::Display &display = units::Display::current());

// Why `value` is not defined, as a translated sentence naming the zero denominator ("Not
// defined: no members at the start of the period"); empty when it is defined.
QString undefinedReason(Metric metric, const std::optional<double> &value = std::nullopt);

// A KPI's change from one period to the next. Only between two defined values: from or to
// "not defined" there is no change, no direction and no colour, only the reason.
struct Change
{
    std::optional<double> delta;    // current - previous
    std::optional<double> relative; // delta / |previous|; not defined when previous is 0
    // +1 an improvement (a rise, or a fall where lower is better), -1 a setback, 0 flat or
    // not defined.
    int direction = 0;
    QString reason; // why there is no change, when delta is not defined

    bool defined() const { return delta.has_value(); }
};

Change change(Metric metric, const std::optional<double> &current,
              const std::optional<double> &previous);

// "▲ 12.3%" (relative change), "▼ 0.15 pp" (rates, with enough digits to be non-zero when the
// values differ), "▲ ¥12.00" (an amount from 0), "= 0.0%" when flat, "—" when not defined.
QString changeText(Metric metric, const Change &change,
                   const units::Display &display = units::Display::current());

} // namespace siyu::kpi
