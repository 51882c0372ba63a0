// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

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
    const char *description; // the rule in words, for people
};

// The rules in the order they are tried; the last one always matches.
const std::vector<StageRule> &rules();

// The stage keys in funnel order: awareness, interest, purchase, loyalty, churn.
QStringList stageKeys();
// The stage's name for people, in the UI language ("Loyalty" / "忠诚期").
QString stageTitle(const QString &stage);

// Recomputes, for every member not deleted, `last_active_at` (last event), `last_order_at`,
// `paid_orders` and `paid_cents` (paid = not refunded) from the events and orders up to
// `asOf`, then the stage — the stage set by hand (`stage_override`) where there is one. Where the
// stage changes, `stage_since` becomes `asOf` and a row is
// added to `stage_history`. One transaction: `progress` (0–100) returning false cancels,
// rolls everything back and returns the error "cancelled".
Status refresh(Workspace &ws, qint64 asOf, const std::function<bool(int percent)> &progress = {});

} // namespace siyu::lifecycle
