// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/store/settings.h"

#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

namespace siyu {

class Workspace;

// RFM analysis (DOMAIN.md, "Segmentation").
//
// The window is [as_of - window_days days, as_of), a day being 86,400 seconds; 365 days by
// default (the workspace setting `rfm_window_days`). Only paid orders (not refunded) of
// members that are not deleted count. A member who placed no paid order in the window has no
// scores and is in no cell.
//
//   Recency   = whole days from the member's last paid order in the window to as_of
//               (floor((as_of - last paid_at) / 86400))
//   Frequency = number of paid orders in the window
//   Monetary  = sum of their amounts (cents)
//
// Each is scored 1-5 by quintile of the buyers of the window, with an exact rank rule: with n
// buyers, a buyer whose value is beaten by k others in the "worse" direction (k = SQL
// RANK() - 1, ties share a rank) scores 1 + floor(5 * k / n). Worse means: more days since the
// last order for R, fewer orders for F, less money for M. So ties always share a score, and
// with n distinct values the scores are exact quintiles (n = 10: 1,1,2,2,3,3,4,4,5,5).
//
// FM = round half up of (F + M) / 2 = (F + M + 1) / 2 in integers. The named cell comes from
// R and FM by the common 11-segment grid (rows R, columns FM):
//
//            FM=1            FM=2                FM=3                FM=4       FM=5
//   R=5   new             potential_loyalists potential_loyalists champions  champions
//   R=4   promising       potential_loyalists potential_loyalists loyal      champions
//   R=3   about_to_sleep  need_attention      need_attention      loyal      loyal
//   R=2   hibernating     hibernating         at_risk             at_risk    cant_lose
//   R=1   lost            lost                at_risk             cant_lose  cant_lose
namespace rfm {

enum class Cell
{
    Champions,
    Loyal,
    PotentialLoyalists,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLose,
    Hibernating,
    Lost
};

inline const WorkspaceSetting<int> windowDays{"rfm_window_days", 365};

// Every cell, in the order of the table above (best first).
const std::vector<Cell> &cells();
// "cant_lose"
QString key(Cell cell);
// "Can't Lose" in the UI language.
QString title(Cell cell);
// Accepts the keys and the usual display names, ignoring case, spaces, '-', '_' and
// apostrophes: "cant_lose", "Can't Lose", "can't lose them", "Potential Loyalist",
// "Needs Attention", "New Customers", "Loyal Customers", "At-Risk".
std::optional<Cell> cellFromName(const QString &name);
// The cell of an R score and an FM score (each 1-5).
Cell cellOf(int r, int fm);
// R * 10 + FM of every grid position of `cell`.
QVariantList gridCodes(Cell cell);

struct Score
{
    qint64 memberRef = 0;
    qint64 recencyDays = 0;
    qint64 frequency = 0;
    qint64 monetaryCents = 0;
    int r = 0;
    int f = 0;
    int m = 0;
    int fm = 0;
    Cell cell = Cell::Lost;
};

// The same scores in one self-contained statement (window functions), for compiling a rule
// without a workspace at hand: SELECT member_ref, recency_days, frequency, monetary, r_score,
// f_score, m_score, fm_score over the buyers of the window; binds: as_of, window start, as_of
// (see scoreBinds). compute() gives the same numbers several times faster.
QString scoresSql();
QVariantList scoreBinds(qint64 asOf, int windowDays);

// The scores of every buyer of the window, by member row id.
Result<std::vector<Score>> compute(Workspace &ws, qint64 asOf, int windowDays);
// With the workspace's `rfm_window_days`.
Result<std::vector<Score>> compute(Workspace &ws, qint64 asOf);

// Computes the scores and keeps each buyer's grid code (R * 10 + FM) in the connection's
// temporary table `temp.siyu_rfm_cells(as_of, window_days, code, member_ref)`, which compiled
// rules then read (RuleCompiler::Context::rfmCellsPrepared). Only temporary tables are written;
// the cells of the last four preparations are kept.
Status prepareCells(Workspace &ws, qint64 asOf, int windowDays);

} // namespace rfm
} // namespace siyu
