// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/reportdata.h"

#include "models/kpi/change.h"
#include "models/kpi/drilldown.h"
#include "models/store/auditlog.h"
#include "models/store/settings.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

#include <cmath>
#include <future>
#include <memory>
#include <thread>

namespace siyu::kpi {

// The rules of kpi::change: no change from or to a value that is not defined.
std::optional<double> KpiRow::change() const
{
    return kpi::change(metric, current, previous).delta;
}

std::optional<double> KpiRow::relativeChange() const
{
    return kpi::change(metric, current, previous).relative;
}

int KpiRow::direction() const
{
    return kpi::change(metric, current, previous).direction;
}

QDate lastMondayOf(const Period &period)
{
    const QDate lastDay = period.endDay.isValid() ? period.endDay.addDays(-1) : period.firstDay;
    return lastDay.addDays(1 - lastDay.dayOfWeek());
}

Result<ReportRequest> weekRequest(Workspace &ws, const QString &isoWeek, std::optional<qint64> asOf)
{
    auto period = timeutil::parseIsoWeek(isoWeek, ws.timeZone());
    if (!period)
        return period.error();
    if (asOf) {
        if (auto comparison = comparePeriod(*period, *asOf, ws.timeZone()); !comparison)
            return comparison.error();
    }
    ReportRequest request;
    request.asOf = asOf;
    request.period = *period;
    request.periodName = timeutil::isoWeekName(period->firstDay);
    return request;
}

namespace {

// The part of a refresh that runs beside the others when a second core is free: the trend
// scan, the longest pass (with the churn of the week and the week before, it is about as long
// as everything else together).
struct SidePart
{
    TrendScan scan;
};

// Whether the period is exactly one ISO week: then the trend's pass counts its churn and the
// previous week's.
bool isOneIsoWeek(const Period &period, const QTimeZone &zone)
{
    const QDate monday = lastMondayOf(period);
    const Period week = timeutil::periodOfDays(monday, monday.addDays(7), zone);
    return week.from == period.from && week.to == period.to;
}

Result<SidePart> computeSide(Workspace &ws, const ReportRequest &request,
                             const CancelCheck &cancelled)
{
    // Its own read transaction: the part reads one snapshot of the store.
    scan::ReadSnapshot snapshot(ws);
    SidePart side;
    ScanOptions options;
    options.weeks = request.weeks;
    options.listSize = request.alertListSize;
    options.churn = isOneIsoWeek(request.period, ws.timeZone());
    auto trend = scanTrend(ws, lastMondayOf(request.period), options, cancelled);
    if (!trend)
        return trend.error();
    side.scan = std::move(*trend);
    return side;
}

// Runs computeSide on a worker thread with its own connection to the workspace file (Qt SQL
// connections belong to one thread). Not started when the caller's connection is inside a
// transaction (a second connection would not see what it has not committed yet), or when
// there is no second core; the caller then computes the side part itself.
class SideWorker
{
public:
    SideWorker(Workspace &ws, const ReportRequest &request, const CancelCheck &cancelled)
    {
        sqlite3 *db = ws.handle();
        if (!db || sqlite3_get_autocommit(db) == 0 || std::thread::hardware_concurrency() < 2)
            return;
        m_future = std::async(std::launch::async, [path = ws.path(), request, cancelled] {
            auto own = Workspace::open(path, Workspace::OpenMode::ReadOnly);
            if (!own)
                return Result<SidePart>(own.error());
            return computeSide(**own, request, cancelled);
        });
    }
    ~SideWorker()
    {
        if (m_future.valid())
            m_future.wait();
    }
    SideWorker(const SideWorker &) = delete;
    SideWorker &operator=(const SideWorker &) = delete;

    bool started() const { return m_future.valid(); }
    Result<SidePart> take() { return m_future.get(); }

private:
    std::future<Result<SidePart>> m_future;
};

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
    Status computeContent();
    Status computeCampaigns();
    Status computeContacts();
    Status computeSidePart();
    Status addChurn(const std::optional<TrendChurn> &churned);
    void useTrend();
    Status computeGroups();
    void fillRows(const KpiValues &current, const KpiValues &previous);

    Workspace &m_ws;
    const ReportRequest &m_request;
    const ProgressCallback &m_progress;
    const CancelCheck &m_cancelled;
    ReportData m_data;
    KpiValues m_current;
    KpiValues m_previous;
    bool m_churnComputed = false; // by computeKpis, with the other KPIs
    std::unique_ptr<SideWorker> m_side;
    int m_done = 0;
};

bool Builder::advance()
{
    ++m_done;
    if (m_progress)
        m_progress(m_done, steps);
    return !(m_cancelled && m_cancelled());
}

bool isChurnMetric(Metric metric)
{
    return metric == Metric::ChurnedMembers || metric == Metric::ChurnRate;
}

// Every KPI of the period and the previous one. For one ISO week, all but churn, which the
// trend's pass counts (see addChurn); for other periods, all of them in one go, so that the
// churn scan reuses what the other scans gathered.
Status Builder::computeKpis()
{
    const KpiEngine engine(m_ws);
    const QTimeZone zone = m_ws.timeZone();
    PeriodComparison comparison;
    comparison.period = m_request.period;
    comparison.current = m_request.period;
    comparison.previous = previousPeriod(m_request.period, zone);
    if (m_request.asOf) {
        auto asOf = comparePeriod(m_request.period, *m_request.asOf, zone);
        if (!asOf)
            return asOf.error();
        comparison = *asOf;
    }
    m_data.previous = comparison.previous;
    m_data.soFar = comparison.soFar;
    m_data.asOf = comparison.soFar ? comparison.current.to : 0;
    // A so-far week is not the trend's last week: its KPIs, churn too, come from the engine.
    m_churnComputed = comparison.soFar || !isOneIsoWeek(m_request.period, zone);
    if (m_churnComputed) {
        auto both = engine.compare(comparison);
        if (!both)
            return both.error();
        m_current = std::move(both->first);
        m_previous = std::move(both->second);
        return {};
    }
    std::vector<Metric> wanted;
    for (const MetricInfo &m : metrics()) {
        if (!isChurnMetric(m.metric))
            wanted.push_back(m.metric);
    }
    auto current = engine.compute(m_request.period, wanted);
    if (!current)
        return current.error();
    auto previous = engine.compute(m_data.previous, wanted);
    if (!previous)
        return previous.error();
    m_current = std::move(*current);
    m_previous = std::move(*previous);
    return {};
}

// Churned members and churn rate of both periods: counted by the trend's pass when it covers
// them (one ISO week and the one before), else by the KPI engine.
Status Builder::addChurn(const std::optional<TrendChurn> &churned)
{
    const std::vector<WeekPoint> &weeks = m_data.scan.trend.weeks;
    const bool fromTrend = churned && weeks.size() >= 2 &&
                           weeks.back().period.from == m_request.period.from &&
                           weeks.back().period.to == m_request.period.to &&
                           weeks[weeks.size() - 2].period.from == m_data.previous.from;
    for (KpiValues *values : {&m_current, &m_previous}) {
        if (m_churnComputed)
            break;
        if (!fromTrend) {
            auto churn = KpiEngine(m_ws).compute(values->period,
                                                 {Metric::ChurnedMembers, Metric::ChurnRate});
            if (!churn)
                return churn.error();
            for (const auto &[metric, value] : churn->values)
                values->values[metric] = value;
            continue;
        }
        const qint64 count = values == &m_current ? churned->last : churned->previous;
        auto ctx = scan::context(m_ws, values->period);
        if (!ctx)
            return ctx.error();
        auto atStart = scan::totalMembersAt(*ctx, values->period.from);
        if (!atStart)
            return atStart.error();
        values->values[Metric::ChurnedMembers] = double(count);
        values->values[Metric::ChurnRate] =
            *atStart == 0 ? std::nullopt : std::optional<double>(double(count) / double(*atStart));
    }
    fillRows(m_current, m_previous);
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
    Scorecard card = scorecard(*targets, m_current);
    m_data.setTargets(std::move(*targets), std::move(card));
    return {};
}

void Builder::useTrend()
{
    for (KpiRow &row : m_data.kpis) {
        if (trendCarries(row.metric))
            row.trend = m_data.scan.trend.values(row.metric);
    }
}

Status Builder::computeContent()
{
    auto funnelData = memberFunnel(m_ws, m_request.period);
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

// The trend: from the worker when it ran, else here.
Status Builder::computeSidePart()
{
    auto side =
        m_side && m_side->started() ? m_side->take() : computeSide(m_ws, m_request, m_cancelled);
    if (!side)
        return side.error();
    const std::optional<TrendChurn> churned = side->scan.churned;
    m_data.scan = std::move(side->scan);
    if (const Status status = addChurn(churned); !status)
        return status;
    useTrend();
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
    m_data.brandName = settings::brandName.get(m_ws).trimmed();
    if (m_data.brandName.isEmpty())
        m_data.brandName = m_data.workspaceName;
    m_data.currency = settings::currency.get(m_ws);
    m_data.periodName = m_request.periodName;
    m_data.period = m_request.period;
    m_data.zone = m_ws.timeZone();
    m_data.generatedAt = QDateTime::currentSecsSinceEpoch();
    // The alerts are about the trend's last week.
    const QDate lastMonday = lastMondayOf(m_request.period);
    m_data.alertWeek = timeutil::periodOfDays(lastMonday, lastMonday.addDays(7), m_data.zone);
    m_side = std::make_unique<SideWorker>(m_ws, m_request, m_cancelled);
    // The parts computed here read one snapshot; the worker's parts read theirs.
    scan::ReadSnapshot snapshot(m_ws);
    for (auto step : {&Builder::computeKpis, &Builder::computeContent, &Builder::computeCampaigns,
                      &Builder::computeContacts, &Builder::computeGroups, &Builder::computeSidePart,
                      &Builder::computeScorecard}) {
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

void ReportData::setTargets(std::vector<KpiTarget> inForce, Scorecard card)
{
    targets = std::move(inForce);
    for (KpiRow &row : kpis)
        row.target.reset();
    for (const KpiTarget &target : targets)
        kpis.at(size_t(target.metric)).target = target.target;
    scorecard = std::move(card);
}

Status recordReportExport(Workspace &ws, const ReportData &data, const QString &how)
{
    return auditlog::record(ws, auditlog::exportData, QStringLiteral("report"), 0,
                            QStringLiteral("%1 %2").arg(data.periodName, how));
}

} // namespace siyu::kpi
