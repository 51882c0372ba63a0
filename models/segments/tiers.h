// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/store/settings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <vector>

namespace siyu {

class Workspace;

// Value tiers (seed 001, 用户分层): spending power, purchase frequency and loyalty, each high,
// medium or low by thresholds that are workspace settings.
//
// Over the window [as_of - window_days days, as_of) (365 days by default), for every live
// member:
//   spending power     = the amount of their paid orders in the window (cents)
//   purchase frequency = the number of their paid orders in the window
//   loyalty            = in how many of the last 12 periods of 30 days before as_of
//                        ([as_of - 30 k days, as_of - 30 (k - 1) days), k = 1..12) they had an
//                        event or a paid order: steady engagement month after month
// A measure at or above its high threshold is High, else at or above its medium threshold is
// Medium, else Low.
namespace tiers {

enum class Level
{
    Low,
    Medium,
    High
};

inline const WorkspaceSetting<int> windowDays{"tier_window_days", 365};
inline const WorkspaceSetting<qlonglong> spendingHighCents{"tier_spending_high_cents", 200000};
inline const WorkspaceSetting<qlonglong> spendingMediumCents{"tier_spending_medium_cents", 50000};
inline const WorkspaceSetting<int> frequencyHigh{"tier_frequency_high", 6};
inline const WorkspaceSetting<int> frequencyMedium{"tier_frequency_medium", 2};
inline const WorkspaceSetting<int> loyaltyHigh{"tier_loyalty_high", 9};
inline const WorkspaceSetting<int> loyaltyMedium{"tier_loyalty_medium", 4};

// The number of 30-day periods loyalty looks at, and the length of one.
constexpr int loyaltyPeriods = 12;
constexpr qint64 periodSeconds = 30 * 86400;

enum class Measure
{
    Spending,
    Frequency,
    Loyalty
};

// A measure's high and medium thresholds (cents, orders or periods).
struct Bounds
{
    qint64 high = 0;
    qint64 medium = 0;
};

struct Thresholds
{
    int windowDays = 365;
    qint64 spendingHighCents = 200000;
    qint64 spendingMediumCents = 50000;
    int frequencyHigh = 6;
    int frequencyMedium = 2;
    int loyaltyHigh = 9;
    int loyaltyMedium = 4;

    Bounds bounds(Measure measure) const;

    static Thresholds load(const Workspace &ws);
    Status save(Workspace &ws) const;
    // Empty when consistent, else what is wrong (a medium threshold above its high one...).
    QString problem() const;
};

struct MemberTiers
{
    qint64 memberRef = 0;
    qint64 paidCents = 0;
    qint64 paidOrders = 0;
    int activePeriods = 0;
    Level spending = Level::Low;
    Level frequency = Level::Low;
    Level loyalty = Level::Low;
};

Level levelOf(qint64 value, qint64 high, qint64 medium);
Level levelOf(qint64 value, const Bounds &bounds);
// "high", "medium", "low"
QString key(Level level);
// "spending", "frequency", "loyalty"
QString key(Measure measure);
// The keys in the order of the enums: measures spending first, levels high first.
QStringList measureKeys();
QStringList levelKeys();
std::optional<Measure> measureFromKey(const QString &key);
std::optional<Level> levelFromKey(const QString &key);
// In the UI language.
QString title(Level level);

// One member's measure as an SQL expression over the member row `m` (m.id), the same
// definition compute() streams, with its binds in order: for rules evaluated in SQL.
QString measureSql(Measure measure);
QVariantList measureBinds(Measure measure, qint64 asOf, const Thresholds &thresholds);

// Every live member, by row id.
Result<std::vector<MemberTiers>> compute(Workspace &ws, qint64 asOf, const Thresholds &thresholds);

} // namespace tiers
} // namespace siyu
