// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/rule.h"
#include "models/segments/tiers.h"

#include <QString>
#include <QTimeZone>
#include <QVariantList>

namespace siyu {

class Workspace;

// SQL text and the values bound to its `?` placeholders, in order.
struct SqlFragment
{
    QString sql;
    QVariantList binds;
};

// Compiles a Rule into a parameterised SQL condition over `members m`. No value of the rule
// ever becomes SQL text: field names map to columns through a fixed table, operators to fixed
// SQL operators, and every value (texts, numbers, times, tag and group keys, custom field
// names) is bound. Every condition is two-valued (never NULL), so `not` is the exact
// complement within the live members.
//
// Semantics, beyond CONTRACT.md:
// - Time windows: "within_days": D ("in the D days before the as-of time") is the half-open
//   window [as_of - D * 86400 s, as_of): an order exactly D days before as_of counts, one a
//   second earlier does not, and one at as_of itself does not (it is not before it). Without
//   within_days the window is everything before as_of: nothing at or after as_of ever counts.
// - orders: paid = not refunded; "sum" compares the amount in cents exactly; members without a
//   paid order in the window have count 0 and sum 0 (so ["<", 1] and ["=", 0] find them); a
//   node with neither count nor sum means count >= 1. events likewise, of `type` when given.
// - in_group: a membership of the group (by its group_id) that had begun at as_of and not
//   ended: joined_at <= as_of and left_at empty or after as_of ([joined_at, left_at) holds
//   as_of).
// - Text fields compare exactly with = != < <= > >= and `in`; contains / starts_with ignore
//   the case of ASCII letters. An empty field is the empty text: it matches !=, `empty`, and
//   `= ""`, never an ordering operator.
// - gender, consent and stage values are mapped to their stored form (男 -> M).
// - staff compares the staff member's name.
// - joined_at / consent_at: the value is an ISO date or time in the workspace's time zone (or
//   with its own offset) and stands for the interval it names: a date is that whole local day,
//   "2026-11-16 09:30" that minute, with seconds that second. `=` is "within", `<` "before its
//   start", `<=` "before its end", `>` "at or after its end", `>=` "at or after its start".
// - A custom field (any other name) is the key of that name in the member's `custom` JSON
//   object (an exact key match, any characters). A number in the rule compares numerically
//   with JSON numbers and with texts that read as numbers; a text compares as text; true /
//   false match JSON booleans and the texts "true" / "false". A missing key is empty.
// - rfm: the member's cell as of as_of (see rfm.h).
// - stage: the member's stage at as_of. At or after the stages' refresh time it is the stored
//   stage (callers bring the stages up to date first: lifecycle::bringUpToDate); before it, the
//   stage the rules' history (stage_history, by_rules = 1) had at as_of. A member who joined
//   after as_of has no stage: the empty field (matches `empty` and `!=`).
// - Orders and events are counted by correlated subqueries that walk the (member_ref, time)
//   indexes one member at a time.
class RuleCompiler
{
public:
    struct Context
    {
        qint64 asOf = 0;
        QTimeZone zone = QTimeZone::utc();
        int rfmWindowDays = 365;
        // rfm::prepareCells() has run for (asOf, rfmWindowDays) on the connection that will
        // run the SQL: rfm nodes read its table instead of computing the scores inline.
        bool rfmCellsPrepared = false;
        tiers::Thresholds tiers; // the workspace's value-tier thresholds (tier nodes)
        // lifecycle::stagesRefreshedAt: before it, `stage` is read from the stage history; at it,
        // the stored stage (and when never refreshed); after it, the stage rules at asOf over the
        // stored aggregates and the touches since.
        qint64 stagesRefreshedAt = 0;
        int churnDays = 60; // settings::churnDays: `stage` after the refresh time
    };

    explicit RuleCompiler(Context context);
    // The workspace's time zone, RFM window and tier thresholds, at `asOf`.
    static Context contextFor(const Workspace &ws, qint64 asOf);

    // The condition alone, over `members m`.
    SqlFragment condition(const Rule &rule) const;
    // SELECT m.id of the live (not deleted) members matching `condition`, ascending.
    static SqlFragment selectIds(const SqlFragment &condition);
    // SELECT count(*) of the same.
    static SqlFragment selectCount(const SqlFragment &condition);

private:
    Context m_context;
};

} // namespace siyu
