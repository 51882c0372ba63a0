// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <algorithm>
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

// What the members table keeps of a member's touches, exact as of a refresh time: their last
// touch is the latest of joinedAt, lastActiveAt and lastOrderAt.
struct TouchAggregates
{
    qint64 joinedAt = 0;
    std::optional<qint64> lastActiveAt;
    std::optional<qint64> lastOrderAt;
    qint64 paidOrders = 0;
    qint64 paidCents = 0;

    qint64 lastTouch() const
    {
        return std::max(
            {joinedAt, lastActiveAt.value_or(joinedAt), lastOrderAt.value_or(joinedAt)});
    }
};

// The same timeline as computeTimeline() over all of a member's touches, continued from what
// the aggregates say instead: `later` holds the touches after the last touch (every one
// strictly after it; the earlier ones are in the aggregates). The result's changes are only
// those after the last touch; `atLastTouch` is the stage at it, which the last change at or
// before it (in the stored history) must name.
struct ContinuedTimeline
{
    StageCode atLastTouch = StageCode::Awareness;
    StageTimeline timeline;
};
ContinuedTimeline continueTimeline(const TouchAggregates &stored, const MemberTouches &later,
                                   qint64 now, qint64 churnSeconds);

} // namespace siyu::lifecycle
