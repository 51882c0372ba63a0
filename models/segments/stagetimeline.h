// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

// One member's lifecycle stage over time, by the contract's stage rules, from their joining,
// events and paid orders alone: plain C++, no store.
namespace siyu::lifecycle {

// The stages by index, in funnel order (stageKeys()).
enum class StageCode : quint8
{
    Awareness,
    Interest,
    Purchase,
    Loyalty,
    Churn,
};

// The stage's key ("loyalty").
const char *stageKey(StageCode code);
std::optional<StageCode> stageCode(QStringView key);

// What a member did up to the time the timeline is computed for: their events' times and their
// paid orders (time, cents), each ascending. Touches after that time are left out by the caller.
struct MemberTouches
{
    qint64 joinedAt = 0;
    std::vector<qint64> events;
    std::vector<std::pair<qint64, qint64>> paidOrders;
};

struct StageChange
{
    qint64 at;
    StageCode stage;
    bool operator==(const StageChange &other) const
    {
        return at == other.at && stage == other.stage;
    }
};

// The member's timeline up to `now`, and the aggregates the members table keeps.
struct StageTimeline
{
    // Every change of stage, at the time it happened: the first at joining (the stage they
    // joined in); then at a touch, at a touch + churn (churn begins), or at the last paid order
    // + churn (loyalty falls back to purchase). Empty when they join after `now`.
    std::vector<StageChange> changes;
    StageCode stage = StageCode::Awareness; // at `now`
    std::optional<qint64> lastActiveAt;     // last event
    std::optional<qint64> lastOrderAt;      // last paid order
    qint64 paidOrders = 0;
    qint64 paidCents = 0;
};

StageTimeline computeTimeline(const MemberTouches &touches, qint64 now, qint64 churnSeconds);

} // namespace siyu::lifecycle
