// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/store/settings.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace siyu {
class Workspace;
}

// The lifecycle stages of seed 003 (awareness → interest → purchase → loyalty, and churn),
// derived for every member from the store by set-based SQL.
namespace siyu::lifecycle {

inline const QString awareness = QStringLiteral("awareness");
inline const QString interest = QStringLiteral("interest");
inline const QString purchase = QStringLiteral("purchase");
inline const QString loyalty = QStringLiteral("loyalty");
inline const QString churn = QStringLiteral("churn");

// One rule of the stage table: a member is in `stage` when `condition` (an SQL boolean
// expression over the refreshed aggregates) holds and no earlier rule matched.
struct StageRule
{
    const char *stage;
    const char *condition;
};

// The rules in the order they are tried; the last one always matches.
const std::vector<StageRule> &rules();

// The stage keys in funnel order: awareness, interest, purchase, loyalty, churn.
QStringList stageKeys();
// The stage's name for people, in the UI language ("Loyalty" / "忠诚期").
QString stageTitle(const QString &stage);
// The stage's rule in words for people, in the UI language, with this churn_days.
QString ruleText(const QString &stage, int churnDays);

// The time up to which every live member's stored stage, stage_since, aggregates and stage
// history are exact (epoch seconds; 0: never, the next bringUpToDate() recomputes them all).
inline const WorkspaceSetting<qint64> stagesRefreshedAt{"stages_refreshed_at", 0};
// The churn_days the stages were computed with (0: none yet). When the setting differs, the next
// refresh of any kind recomputes every member.
inline const WorkspaceSetting<int> stagesChurnDays{"stages_churn_days", 0};

// How the stages are kept (the contract's stage rules, evaluated at every time):
// - A member's stage timeline is computed from their joining, events and paid orders alone
//   (computeTimeline, stagetimeline.h). Every change is a row of `stage_history` with
//   `by_rules = 1`, at the time it happened: the first at joining (from_stage NULL), then at a
//   touch, at a touch + churn_days (churn begins) or at the last paid order + churn_days
//   (loyalty falls back to purchase). A refresh rebuilds a member's rows from scratch, so the
//   history is the same whether refreshes ran daily, monthly or once.
// - `stage` is the stage at the refresh time, or the stage set by hand (`stage_override`) where
//   there is one; `stage_since` is the time of the last change of the rules' timeline, or,
//   under an override, stays what the hand move set. The override never enters the rules' rows:
//   hand moves are rows with `by_rules = 0` (as is every row recorded before schema version 5),
//   kept as they are. A stage as of a past time (rules, RuleCompiler) reads the rules' rows.
// - Reading the history (stage counts over time): take the rows with by_rules = 1; a member's
//   stage at T is the to_stage of their latest such row at or before T, and a member without
//   one (joined after T) has no stage at T.
// - Events and orders dated after the refresh time are left out until their time comes.
// - Deleted members (deleted_at set) are left as they are.

// Recomputes every live member's aggregates (last_active_at, last_order_at, paid_orders,
// paid_cents: paid = not refunded), stage, stage_since and rules' history as of `now`, and sets
// stagesRefreshedAt to `now`. For a changed churn_days. One transaction: `progress` (0–100)
// returning false cancels, rolls everything back and returns the error "cancelled".
Status recompute(Workspace &ws, qint64 now, const std::function<bool(int percent)> &progress = {});
// The former name of recompute().
inline Status refresh(Workspace &ws, qint64 asOf,
                      const std::function<bool(int percent)> &progress = {})
{
    return recompute(ws, asOf, progress);
}

// Brings the stages up to `now` (or stagesRefreshedAt when that is later): the given members
// recomputed (unknown or deleted ones are skipped; rows that come out the same are not
// written), the others brought up to date (bringUpToDate), stagesRefreshedAt set. When the
// stages were never computed, or the members are most of the workspace, recompute() instead.
// Inside the caller's transaction when there is one. Cost: the members' own events and orders,
// and whatever time made due. `progress` as for recompute().
Status refreshMembers(Workspace &ws, const std::vector<qint64> &members, qint64 now,
                      const std::function<bool(int percent)> &progress = {});

// The members an import batch names: the members it wrote, and those its events, orders and
// memberships (inserted, or updated: before and after) belong to. Read before the batch's rows
// are removed when undoing it.
Result<std::vector<qint64>> membersOfBatch(Workspace &ws, qint64 batch);

// After an import: refreshMembers() for the members of the batch (membersOfBatch).
Status refreshBatch(Workspace &ws, qint64 batch, qint64 now,
                    const std::function<bool(int percent)> &progress = {});

// What bringUpToDate() did.
struct UpToDate
{
    bool recomputed = false; // stagesRefreshedAt was unset: every member was recomputed
    qint64 members = 0;      // members looked at
};

// Brings the stages from stagesRefreshedAt to `now`: only the members whose stage can change
// in that interval by time passing (last touch + churn_days, or last paid order + churn_days
// of a repeat buyer, within it) or whose events, orders or joining fall in it (they were in the
// future until now). Each change is recorded at its own time. One transaction; when nothing is
// due, nothing is written (stagesRefreshedAt stays: the next call covers the longer interval).
// A `now` before stagesRefreshedAt does nothing.
Result<UpToDate> bringUpToDate(Workspace &ws, qint64 now,
                               const std::function<bool(int percent)> &progress = {});

} // namespace siyu::lifecycle
