// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/kpi/kpiworker.h"

#include "models/store/workspace.h"

#include <QPromise>
#include <QtConcurrent>

namespace siyu {

QFuture<ReportOutcome> computeReport(const QString &workspacePath,
                                     const kpi::ReportRequest &request)
{
    return QtConcurrent::run([workspacePath, request](QPromise<ReportOutcome> &promise) {
        promise.setProgressRange(0, 7);
        auto ws = Workspace::open(workspacePath, Workspace::OpenMode::ReadOnly);
        if (!ws) {
            promise.addResult(ReportOutcome{nullptr, ws.error().toString()});
            return;
        }
        auto data = kpi::buildReportData(
            **ws, request, [&promise](int done, int) { promise.setProgressValue(done); },
            [&promise] { return promise.isCanceled(); });
        if (!data)
            promise.addResult(ReportOutcome{nullptr, data.error().toString()});
        else
            promise.addResult(
                ReportOutcome{std::make_shared<const kpi::ReportData>(std::move(*data)), {}});
    });
}

QFuture<MembersOutcome> computeMembers(const QString &workspacePath, kpi::MemberSet set,
                                       const Period &period)
{
    return QtConcurrent::run([workspacePath, set, period]() {
        auto ws = Workspace::open(workspacePath, Workspace::OpenMode::ReadOnly);
        if (!ws)
            return MembersOutcome{{}, ws.error().toString()};
        auto refs = kpi::DrillDown(**ws).members(set, period);
        if (!refs)
            return MembersOutcome{{}, refs.error().toString()};
        return MembersOutcome{QList<qint64>(refs->begin(), refs->end()), {}};
    });
}

} // namespace siyu
