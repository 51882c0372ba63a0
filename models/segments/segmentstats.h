// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/segments/rfm.h"
#include "models/segments/tiers.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>
#include <vector>

namespace siyu {
class Workspace;
}

// The aggregates the Segments area's analysis pages show (RFM grid, stage funnel and weekly
// stage counts, the value-tier matrix), as plain data computed from the store. Each is built in
// one pass on whatever thread owns the workspace; the member lists behind every count are kept so
// that a click on a cell lists exactly the members counted in it.
namespace siyu::segmentstats {

// The R × FM grid of rfm::compute: member counts and monetary sums per position, and the
// eleven named cells (rfm::cells()) as sums of their positions.
struct RfmGrid
{
    qint64 asOf = 0;
    int windowDays = 0;
    qint64 scored = 0; // buyers of the window: every one is in exactly one position
    // [r - 1][fm - 1]
    std::array<std::array<qint64, 5>, 5> counts{};
    std::array<std::array<qint64, 5>, 5> cents{};

    struct Member
    {
        qint64 ref = 0;
        int r = 0;
        int fm = 0;
    };
    std::vector<Member> members; // by row id

    qint64 count(int r, int fm) const;
    qint64 monetaryCents(int r, int fm) const;
    // Monetary total / members of the position; undefined for an empty one.
    std::optional<double> averageCents(int r, int fm) const;
    qint64 count(rfm::Cell cell) const;
    qint64 monetaryCents(rfm::Cell cell) const;
    // Of the scored members; undefined when nobody bought in the window.
    std::optional<double> share(rfm::Cell cell) const;
    QList<qint64> membersAt(int r, int fm) const;
    QList<qint64> membersOf(rfm::Cell cell) const;
};

RfmGrid rfmGrid(const std::vector<rfm::Score> &scores, qint64 asOf, int windowDays);
Result<RfmGrid> rfmGrid(Workspace &ws, qint64 asOf, int windowDays);

// The stored stages (members.stage) of the live members, in lifecycle::stageKeys() order:
// awareness, interest, purchase, loyalty, churn.
constexpr int stageCount = 5;
constexpr int churnIndex = 4;
// The index of a stage key in stageKeys(), -1 for none.
int stageIndex(const QString &stage);

struct LifecycleFunnel
{
    std::array<qint64, stageCount> counts{};
    std::array<QList<qint64>, stageCount> members; // by row id

    qint64 total() const;
    // Of every live member; undefined in an empty workspace.
    std::optional<double> share(int stage) const;
    // Members now at funnel stage `stage` (0–3) or at a later one, churn left out: those who
    // got that far and are still with us.
    qint64 reached(int stage) const;
    // The conversion into funnel stage `stage` (1–3): reached(stage) / reached(stage - 1);
    // undefined when nobody reached the stage before, and for awareness and churn.
    std::optional<double> conversion(int stage) const;
};

Result<LifecycleFunnel> lifecycleFunnel(Workspace &ws);

// Stage counts over weeks, from stage_history. A member's stage at a moment T is the to_stage
// of their last stage_history row before T; with none before T it is the from_stage of their
// first row (the stage they had before it), and with no row at all their stored stage. Counted
// are the members who had joined before T and were not deleted before T.
struct StageWeeks
{
    QList<QDate> mondays;   // the first day of each week, oldest first
    QList<qint64> ends;     // the moment each week is counted at: its end, or as_of for the last
    bool lastSoFar = false; // the last week has not ended at as_of
    std::optional<qint64> historyStart; // the earliest stage_history row; none when it is empty
    std::vector<std::array<qint64, stageCount>> counts; // per week
};

// The `weeks` ISO weeks (in the workspace's zone) up to the one holding as_of.
Result<StageWeeks> stageWeeks(Workspace &ws, qint64 asOf, int weeks = 26);

// Saves the `churn_days` setting (settings::churnDays) in one transaction, audited as a
// settings change. The stored stages do not follow by themselves: recompute them afterwards.
Status saveChurnDays(Workspace &ws, int days);

// The value tiers of tiers::compute, summed: each measure's members per level, and the
// spending × frequency matrix.
enum class Measure
{
    Spending,
    Frequency,
    Loyalty
};
constexpr int measureCount = 3;

struct TierSummary
{
    qint64 asOf = 0;
    tiers::Thresholds thresholds;
    // [int(measure)][int(level)]
    std::array<std::array<qint64, 3>, measureCount> levels{};
    // [int(spending level)][int(frequency level)]
    std::array<std::array<qint64, 3>, 3> matrix{};
    std::vector<tiers::MemberTiers> members;

    qint64 total() const { return qint64(members.size()); }
    qint64 count(Measure measure, tiers::Level level) const;
    qint64 matrixCount(tiers::Level spending, tiers::Level frequency) const;
    QList<qint64> membersOf(Measure measure, tiers::Level level) const;
    QList<qint64> matrixMembers(tiers::Level spending, tiers::Level frequency) const;
};

TierSummary tierSummary(std::vector<tiers::MemberTiers> members, qint64 asOf,
                        const tiers::Thresholds &thresholds);
Result<TierSummary> tierSummary(Workspace &ws, qint64 asOf, const tiers::Thresholds &thresholds);
tiers::Level levelOf(const tiers::MemberTiers &member, Measure measure);

} // namespace siyu::segmentstats
