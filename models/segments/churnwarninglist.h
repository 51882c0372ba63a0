// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/segments/churnwarning.h"

#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace siyu {
class Workspace;
}

// The churn warning list (churnWarnings()) as people read it and as it is exported.
namespace siyu::churnwarninglist {

// The list as computed: the warnings, the parameters and the as-of time they are for.
struct List
{
    qint64 asOf = 0;
    ChurnWarningParameters parameters;
    std::vector<ChurnWarning> warnings;
};

// How far the member fell: their earlier level less their recent activity (activities per
// recent window).
double fall(const ChurnWarning &warning);
// The fall as a share of the earlier level; undefined for a level of 0.
std::optional<double> relativeFall(const ChurnWarning &warning);

// The reason in words, in the UI language: "About 12 activities a month until 17 Oct 2026, 1 in
// the last 30 days" (activities being events and paid orders; the day is the start of the recent
// window in `zone`).
QString reason(const ChurnWarning &warning, const ChurnWarningParameters &parameters, qint64 asOf,
               const QTimeZone &zone);

// The CSV columns: member_id, name, recent_activity, baseline_activity, baseline_days, level,
// fall, last_active_at, reason. No phone and no e-mail.
const QStringList &columns();

// Writes the list as CSV (UTF-8 with a BOM so that spreadsheets read Chinese names, RFC 4180
// quoting, CRLF, header first, text cells neutralised against formulas), whole or not at all;
// then records the export in the audit log with counts only: action `export`, object kind
// `churn_warning`, a detail with the number of rows, the format and the parameters. When the
// audit row cannot be written the file is removed again. Returns the number of rows.
Result<qint64> writeCsv(Workspace &ws, const List &list, const QString &path);

} // namespace siyu::churnwarninglist
