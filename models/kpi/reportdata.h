// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/common/timeutil.h"
#include "models/kpi/funnel.h"
#include "models/kpi/grouphealth.h"
#include "models/kpi/kpiengine.h"
#include "models/kpi/metric.h"
#include "models/kpi/scorecard.h"
#include "models/kpi/series.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace siyu {
class Workspace;
}

namespace siyu::kpi {

// One KPI of the period next to the previous period and its target.
struct KpiRow
{
    Metric metric;
    std::optional<double> current;
    std::optional<double> previous;
    std::optional<double> target;
    std::vector<std::optional<double>> trend; // weekly values; empty when the trend lacks it

    // current - previous; not defined when either is not (as kpi::shownValue has it).
    std::optional<double> change() const;
    // (current - previous) / |previous|; not defined when previous is 0 or not defined.
    std::optional<double> relativeChange() const;
    // +1 when the change is an improvement (a rise, or a fall for lower-is-better KPIs), -1
    // when it is a setback, 0 when flat or not defined.
    int direction() const;
};

// What the dashboard and the weekly report show, as plain data: the caller draws it.
struct ReportData
{
    QString workspaceName;
    QString brandName;  // the brand_name setting; the workspace's file name when it is not set
    QString currency;   // ISO 4217, the workspace's currency setting
    QString periodName; // "2026-W47", "2026-11", or "2026-11-02 – 2026-11-15"
    Period period;      // the whole period
    Period previous;    // what it is compared with: cut at the same point when soFar
    // The period had not ended at asOf: its KPIs are of [period.from, asOf), "so far".
    bool soFar = false;
    qint64 asOf = 0;
    QTimeZone zone;
    qint64 generatedAt = 0;

    std::vector<KpiRow> kpis;       // every metric, in the order of metrics()
    std::vector<KpiTarget> targets; // in force for the period
    Scorecard scorecard;
    TrendScan scan; // the weeks ending with the period's last week
    Funnel funnel;  // of distinct members
    std::vector<ContentRow> topContent;
    std::vector<GroupHealthRow> groups;
    std::vector<CampaignRow> campaigns;
    // Alerts, about the last ISO week of the period.
    Period alertWeek;
    std::vector<GroupHealthRow> groupsNearCap;
    ContactAlerts contacts;

    const KpiRow &row(Metric metric) const { return kpis.at(size_t(metric)); }
    // The targets in force and the scorecard they give; each KPI row shows its target.
    void setTargets(std::vector<KpiTarget> inForce, Scorecard card);
};

struct ReportRequest
{
    Period period;
    QString periodName;
    int weeks = 12;
    int topContent = 8;
    int alertListSize = 12;
    // "Now": a period not ended then is measured so far (comparePeriod); without it the
    // period is taken whole.
    std::optional<qint64> asOf;
};

// The request for one ISO week ("2026-W47"), as the weekly report uses it. With `asOf`, an
// error when the week has not begun by then (a week in the future has no KPIs).
Result<ReportRequest> weekRequest(Workspace &ws, const QString &isoWeek,
                                  std::optional<qint64> asOf = std::nullopt);

// Reports how far the computation is: steps done of `total`.
using ProgressCallback = std::function<void(int done, int total)>;

// The report names members (churn warnings, contacted too often): printing or saving it is an
// export, recorded in the audit log with the period and `how` ("as PDF"), never the names.
Status recordReportExport(Workspace &ws, const ReportData &data, const QString &how);

// Computes everything on the calling thread's workspace.
Result<ReportData> buildReportData(Workspace &ws, const ReportRequest &request,
                                   const ProgressCallback &progress = {},
                                   const CancelCheck &cancelled = {});

// The Monday of the ISO week that holds the period's last day.
QDate lastMondayOf(const Period &period);

} // namespace siyu::kpi
