// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/reportdata.h"

#include "models/kpi/drilldown.h"
#include "models/store/settings.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace siyu::kpi {

std::optional<double> KpiRow::change() const
{
    if (!current || !previous)
        return std::nullopt;
    return *current - *previous;
}

std::optional<double> KpiRow::relativeChange() const
{
    if (!current || !previous || *previous == 0)
        return std::nullopt;
    return (*current - *previous) / std::abs(*previous);
}

int KpiRow::direction() const
{
    const auto delta = change();
    if (!delta || std::abs(*delta) < 1e-12)
        return 0;
    const int sign = *delta > 0 ? 1 : -1;
    return info(metric).lowerIsBetter ? -sign : sign;
}

QDate lastMondayOf(const Period &period)
{
    const QDate lastDay = period.endDay.isValid() ? period.endDay.addDays(-1) : period.firstDay;
    return lastDay.addDays(1 - lastDay.dayOfWeek());
}

Result<ReportRequest> weekRequest(Workspace &ws, const QString &isoWeek)
{
    auto period = timeutil::parseIsoWeek(isoWeek, ws.timeZone());
    if (!period)
        return period.error();
    ReportRequest request;
    request.period = *period;
    request.periodName = timeutil::isoWeekName(period->firstDay);
    return request;
}

namespace {

// Builds ReportData step by step, reporting progress and giving up when asked to.
class Builder
{
public:
    Builder(Workspace &ws, const ReportRequest &request, const ProgressCallback &progress,
            const CancelCheck &cancelled)
        : m_ws(ws), m_request(request), m_progress(progress), m_cancelled(cancelled)
    {}

    Result<ReportData> run();

private:
    static constexpr int steps = 7;
    bool advance();
    Status computeKpis();
    Status computeScorecard();
    Status computeTrend();
    Status computeContent();
    Status computeGroups();
    Status computeCampaigns();
    Status computeContacts();
    void fillRows(const KpiValues &current, const KpiValues &previous);

    Workspace &m_ws;
    const ReportRequest &m_request;
    const ProgressCallback &m_progress;
    const CancelCheck &m_cancelled;
    ReportData m_data;
    KpiValues m_current;
    int m_done = 0;
};

bool Builder::advance()
{
    ++m_done;
    if (m_progress)
        m_progress(m_done, steps);
    return !(m_cancelled && m_cancelled());
}

Status Builder::computeKpis()
{
    auto values = KpiEngine(m_ws).computeWithPrevious(m_request.period);
    if (!values)
        return values.error();
    m_data.previous = values->second.period;
    m_current = values->first;
    fillRows(values->first, values->second);
    return {};
}

void Builder::fillRows(const KpiValues &current, const KpiValues &previous)
{
    for (const MetricInfo &m : metrics()) {
        KpiRow row;
        row.metric = m.metric;
        row.current = current.value(m.metric);
        row.previous = previous.value(m.metric);
        m_data.kpis.push_back(row);
    }
}

Status Builder::computeScorecard()
{
    const Period &period = m_request.period;
    auto targets = TargetRepository(m_ws).effectiveTargets(periodKindOf(period), period.firstDay);
    if (!targets)
        return targets.error();
    m_data.targets = *targets;
    for (const KpiTarget &target : m_data.targets)
        m_data.kpis.at(size_t(target.metric)).target = target.target;
    m_data.scorecard = scorecard(m_data.targets, m_current);
    return {};
}

Status Builder::computeTrend()
{
    ScanOptions options;
    options.weeks = m_request.weeks;
    options.listSize = m_request.alertListSize;
    auto scan = scanTrend(m_ws, lastMondayOf(m_request.period), options, m_cancelled);
    if (!scan)
        return scan.error();
    m_data.scan = std::move(*scan);
    for (KpiRow &row : m_data.kpis) {
        if (trendCarries(row.metric))
            row.trend = m_data.scan.trend.values(row.metric);
    }
    m_data.alertWeek = m_data.scan.trend.weeks.back().period;
    return {};
}

Status Builder::computeContent()
{
    auto funnelData = funnel(m_ws, m_request.period);
    if (!funnelData)
        return funnelData.error();
    m_data.funnel = *funnelData;
    auto top = topContent(m_ws, m_request.period, m_request.topContent);
    if (!top)
        return top.error();
    m_data.topContent = std::move(*top);
    return {};
}

Status Builder::computeGroups()
{
    auto groups = GroupHealth(m_ws).forAllGroups(m_request.period);
    if (!groups)
        return groups.error();
    m_data.groups = std::move(*groups);
    for (const GroupHealthRow &row : m_data.groups) {
        if (row.isNearCap())
            m_data.groupsNearCap.push_back(row);
    }
    std::stable_sort(m_data.groupsNearCap.begin(), m_data.groupsNearCap.end(),
                     [](const GroupHealthRow &a, const GroupHealthRow &b) {
                         return a.fill().value_or(0) > b.fill().value_or(0);
                     });
    return {};
}

Status Builder::computeCampaigns()
{
    auto campaigns = campaignsInPeriod(m_ws, m_request.period);
    if (!campaigns)
        return campaigns.error();
    m_data.campaigns = std::move(*campaigns);
    return {};
}

Status Builder::computeContacts()
{
    const int cap = settings::weeklyContactCap.get(m_ws);
    auto contacts = overContacted(m_ws, m_data.alertWeek, cap, m_request.alertListSize);
    if (!contacts)
        return contacts.error();
    m_data.contacts = std::move(*contacts);
    return {};
}

Result<ReportData> Builder::run()
{
    m_data.workspaceName = m_ws.displayName();
    m_data.periodName = m_request.periodName;
    m_data.period = m_request.period;
    m_data.zone = m_ws.timeZone();
    m_data.generatedAt = QDateTime::currentSecsSinceEpoch();
    scan::ReadSnapshot snapshot(m_ws);
    for (auto step : {&Builder::computeKpis, &Builder::computeScorecard, &Builder::computeTrend,
                      &Builder::computeContent, &Builder::computeGroups, &Builder::computeCampaigns,
                      &Builder::computeContacts}) {
        if (const Status status = (this->*step)(); !status)
            return status.error();
        if (!advance())
            return makeError(QCoreApplication::translate("siyu::kpi", "Cancelled"));
    }
    return std::move(m_data);
}

} // namespace

Result<ReportData> buildReportData(Workspace &ws, const ReportRequest &request,
                                   const ProgressCallback &progress, const CancelCheck &cancelled)
{
    if (request.period.to <= request.period.from)
        return makeError(QStringLiteral("the period is empty"));
    Builder builder(ws, request, progress, cancelled);
    return builder.run();
}

} // namespace siyu::kpi
