// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/change.h"

#include <QCoreApplication>

#include <cmath>

namespace siyu::kpi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::kpi", text);
}

// The zero denominator of each ratio, as the end of "Not defined: …".
QString missingDenominator(Metric metric)
{
    switch (metric) {
    case Metric::ActivityRate:
    case Metric::Ltv:
        return tr("no members by the end of the period");
    case Metric::ChurnRate:
        return tr("no members at the start of the period");
    case Metric::InteractionRate:
    case Metric::Ctr:
        return tr("no content reads in the period");
    case Metric::ConversionRate:
    case Metric::Arpu:
        return tr("no active members in the period");
    case Metric::Aov:
        return tr("no paid orders in the period");
    case Metric::RepurchaseRate:
        return tr("no buyers in the period");
    case Metric::Cac:
        return tr("no new members in the period");
    case Metric::Roi:
        return tr("no campaign cost in the period");
    case Metric::KFactor:
        return tr("no referred new members in the period");
    case Metric::Satisfaction:
        return tr("no survey answers in the period");
    default:
        break;
    }
    return tr("no data for the period");
}

bool isZeroCac(Metric metric, const std::optional<double> &value)
{
    return metric == Metric::Cac && value && std::isfinite(*value) && *value <= 0;
}

// What is missing for `value` to be defined: "no campaign cost in the period".
QString missingOf(Metric metric, const std::optional<double> &value)
{
    return isZeroCac(metric, value) ? tr("no campaign cost in the period")
                                    : missingDenominator(metric);
}

// "12.3%": the magnitude, with as many decimals as a non-zero change needs.
QString percentOf(double fraction)
{
    return units::percentagePoints(0, fraction) + QLatin1Char('%');
}

} // namespace

std::optional<double> shownValue(Metric metric, const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value) || isZeroCac(metric, value))
        return std::nullopt;
    return value;
}

QString formatShown(Metric metric, const std::optional<double> &value,
                    const units::Display &display)
{
    return format(metric, shownValue(metric, value), display);
}

QString undefinedReason(Metric metric, const std::optional<double> &value)
{
    if (shownValue(metric, value))
        return {};
    return tr("Not defined: %1").arg(missingOf(metric, value));
}

Change change(Metric metric, const std::optional<double> &current,
              const std::optional<double> &previous)
{
    Change result;
    const auto now = shownValue(metric, current);
    const auto before = shownValue(metric, previous);
    if (!now || !before) {
        result.reason = !now ? undefinedReason(metric, current)
                             : tr("No change: not defined in the previous period (%1)")
                                   .arg(missingOf(metric, previous));
        return result;
    }
    result.delta = *now - *before;
    if (*before != 0)
        result.relative = *result.delta / std::abs(*before);
    if (std::abs(*result.delta) >= 1e-12) {
        const int sign = *result.delta > 0 ? 1 : -1;
        result.direction = info(metric).lowerIsBetter ? -sign : sign;
    }
    return result;
}

QString changeText(Metric metric, const Change &change, const units::Display &display)
{
    if (!change.delta)
        return QStringLiteral("—");
    const double delta = *change.delta;
    QString amount;
    if (info(metric).unit == Unit::Ratio)
        amount = tr("%1 pp").arg(units::percentagePoints(0, delta));
    else if (change.relative)
        amount = percentOf(*change.relative);
    else
        amount = format(metric, std::abs(delta), display);
    if (std::abs(delta) < 1e-12)
        return QStringLiteral("= ") + amount;
    return (delta > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + amount;
}

} // namespace siyu::kpi
