// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/kpi/drilldown.h"
#include "models/kpi/reportdata.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <memory>

namespace siyu {

// KPI work off the UI thread: each job opens its own Workspace on the same file (Qt SQL
// connections belong to one thread) and reports progress; cancelling the future stops it at
// the next check.
struct ReportOutcome
{
    std::shared_ptr<const kpi::ReportData> data;
    QString error; // set when data is null
};
QFuture<ReportOutcome> computeReport(const QString &workspacePath,
                                     const kpi::ReportRequest &request);

struct MembersOutcome
{
    QList<qint64> refs;
    QString error;
};
QFuture<MembersOutcome> computeMembers(const QString &workspacePath, kpi::MemberSet set,
                                       const Period &period);

} // namespace siyu
