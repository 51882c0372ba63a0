// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/series.h"

#include "models/kpi/drilldown.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/statement.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <map>

namespace siyu::kpi {

namespace {

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return numerator / denominator;
}

double units(qint64 cents)
{
    return double(cents) / 100.0;
}

// The week boundaries of a scan: edges[w] is where week w begins, edges.back() where the last
// one ends. Times are visited in ascending order, so the current week only moves forward.
class WeekCursor
{
public:
    explicit WeekCursor(const std::vector<qint64> &edges) : m_edges(edges) {}
    int weekOf(qint64 t)
    {
        while (m_week + 1 < int(m_edges.size()) - 1 && t >= m_edges[size_t(m_week + 1)])
            ++m_week;
        return m_week;
    }

private:
    const std::vector<qint64> &m_edges;
    int m_week = 0;
};

// Checks the cancel callback every so many rows rather than on each.
class CancelPoll
{
public:
    explicit CancelPoll(const CancelCheck &check) : m_check(check) {}
    bool tick()
    {
        if (!m_check || (++m_rows & 0xffff) != 0)
            return false;
        return m_check();
    }

private:
    const CancelCheck &m_check;
    quint32 m_rows = 0;
};

Error cancelledError()
{
    return makeError(QCoreApplication::translate("siyu::kpi", "Cancelled"));
}

// One bulk pass over the store for scanTrend. Member arrays are indexed by row id.
class TrendScanner
{
public:
    TrendScanner(Workspace &ws, const ScanOptions &options, const CancelCheck &cancelled)
        : m_ws(ws), m_options(options), m_cancel(cancelled)
    {}

    Result<TrendScan> run(const QDate &lastMonday);

private:
    int weeks() const { return int(m_scan.trend.weeks.size()); }
    int earlierWeeks() const { return std::max(0, weeks() - m_options.recentWeeks); }
    void buildWeeks(const QDate &lastMonday);
    qint8 excludedFrom(qint64 deletedAt) const;
    Status scanMembers();
    Status scanEvents();
    Status scanOrders();
    Status scanContent();
    Status scanCosts();
    void finishRetention();
    Status finishChurn();

    Workspace &m_ws;
    const ScanOptions &m_options;
    CancelPoll m_cancel;
    TrendScan m_scan;
    std::vector<qint64> m_edges;
    std::vector<qint8> m_excludedFrom; // first week the member is deleted by, see excludedFrom()
    std::vector<qint8> m_cohort;       // week joined within the scan, -1 before it
    std::vector<qint8> m_lastWeek;     // last week the member was seen active / buying
    std::vector<quint32> m_earlier;    // events in the earlier churn window
    std::vector<quint32> m_recent;     // events in the recent churn window
    // Churn of the last two weeks (k = 0 the second-to-last, 1 the last), as seconds after the
    // first week's start: each member's latest time in [from - C, to - C) and earliest in
    // [to - C, to). Kept apart from the arrays above (small ones stay in the cache) and only
    // when the churn is counted.
    struct ChurnTimes
    {
        qint32 latest[2] = {noOffset, noOffset};
        qint32 next[2] = {noNext, noNext};
    };
    static constexpr qint32 noOffset = std::numeric_limits<qint32>::min();
    static constexpr qint32 noNext = std::numeric_limits<qint32>::max();
    std::vector<ChurnTimes> m_churnTimes;
    // The churn windows of the last two weeks as offsets from m_edges.front(): latest in
    // [lo, mid), next in [mid, hi).
    bool m_countChurn = false;
    qint64 m_churnSeconds = 0;
    qint32 m_churnLo[2] = {0, 0};
    qint32 m_churnMid[2] = {0, 0};
    qint32 m_churnHi[2] = {0, 0};
    void setUpChurn();
    void noteTime(size_t member, qint64 t)
    {
        if (!m_countChurn)
            return;
        const qint64 offset = t - m_edges.front();
        if (offset < m_churnLo[0] || offset >= m_churnHi[1])
            return;
        const auto x = qint32(offset);
        ChurnTimes &times = m_churnTimes[member];
        for (int k = 0; k < 2; ++k) {
            if (x >= m_churnLo[k] && x < m_churnMid[k])
                times.latest[k] = std::max(times.latest[k], x);
            else if (x >= m_churnMid[k] && x < m_churnHi[k])
                times.next[k] = std::min(times.next[k], x);
        }
    }
    void finishChurnCounts();
    std::vector<std::vector<qint64>> m_retained;
    std::vector<std::vector<qint64>> m_cohortSizes; // cohort c still counted in week c + n
};

void TrendScanner::buildWeeks(const QDate &lastMonday)
{
    const QTimeZone zone = m_ws.timeZone();
    const int count = std::clamp(m_options.weeks, 1, 100);
    for (int i = count - 1; i >= 0; --i) {
        const QDate monday = lastMonday.addDays(-7 * i);
        WeekPoint point;
        point.period = timeutil::periodOfDays(monday, monday.addDays(7), zone);
        point.name = timeutil::isoWeekName(monday);
        m_scan.trend.weeks.push_back(point);
        m_edges.push_back(point.period.from);
    }
    m_edges.push_back(m_scan.trend.weeks.back().period.to);
    m_retained.assign(size_t(count), std::vector<qint64>(size_t(count), 0));
    m_cohortSizes = m_retained;
}

// The churn of the last two weeks comes from this pass only when every time it looks at lies
// within the weeks: each week no longer than C (at most one entry into churn per member), and
// the second-to-last week's [from - C, ...) not before the first week.
void TrendScanner::setUpChurn()
{
    if (!m_options.churn || weeks() < 2)
        return;
    m_churnSeconds = qint64(std::max(1, settings::churnDays.get(m_ws))) * 86400;
    const qint64 c = m_churnSeconds;
    const qint64 base = m_edges.front();
    const size_t n = m_edges.size() - 1; // weeks
    for (int k = 0; k < 2; ++k) {
        const qint64 from = m_edges[n - 2 + size_t(k)];
        const qint64 to = m_edges[n - 1 + size_t(k)];
        if (to - from > c || from - c < base || to - base > std::numeric_limits<qint32>::max())
            return;
        m_churnLo[k] = qint32(from - c - base);
        m_churnMid[k] = qint32(to - c - base);
        m_churnHi[k] = qint32(to - base);
    }
    m_countChurn = true;
}

// A member enters the churn stage in week k when, not deleted by its end, their latest time
// t in [from - C, to - C) is followed by nothing before t + C: the earliest time in
// [to - C, to), if any, is t + C or later (every time between t and to - C would be later
// than the latest).
void TrendScanner::finishChurnCounts()
{
    if (!m_countChurn)
        return;
    TrendChurn churned;
    const int last = weeks() - 1;
    for (size_t m = 0; m < m_churnTimes.size(); ++m) {
        const ChurnTimes &times = m_churnTimes[m];
        for (int k = 0; k < 2; ++k) {
            if (m_excludedFrom[m] <= last - 1 + k || times.latest[k] == noOffset)
                continue;
            if (qint64(times.next[k]) >= qint64(times.latest[k]) + m_churnSeconds)
                ++(k == 0 ? churned.previous : churned.last);
        }
    }
    m_scan.churned = churned;
}

// The first week from which a member deleted at `deletedAt` counts no more: like the KPI
// engine, a member deleted before a period's end is in none of its figures.
qint8 TrendScanner::excludedFrom(qint64 deletedAt) const
{
    int w = 0;
    while (w < weeks() && deletedAt >= m_edges[size_t(w + 1)])
        ++w;
    return qint8(w);
}

// Three index-only reads instead of a pass over every member row: the members who joined
// before the weeks are counted, those who joined in them listed, the (rare) deleted ones
// listed with their deletion time.
Status TrendScanner::scanMembers()
{
    auto maxId = sql::scalar(m_ws.db(), QStringLiteral("SELECT coalesce(max(id), 0) FROM members"));
    auto before =
        sql::scalar(m_ws.db(), QStringLiteral("SELECT count(*) FROM members WHERE joined_at < ?"),
                    {m_edges.front()});
    if (!maxId || !before)
        return (!maxId ? maxId : before).error();
    const size_t size = size_t(maxId->toLongLong()) + 1;
    m_excludedFrom.assign(size, qint8(weeks()));
    m_cohort.assign(size, -1);
    m_lastWeek.assign(size, -1);
    m_earlier.assign(size, 0);
    m_recent.assign(size, 0);
    if (m_countChurn)
        m_churnTimes.assign(size, ChurnTimes());
    std::vector<qint64> counted(size_t(weeks()) + 1, 0); // differences of total members
    counted[0] = before->toLongLong();

    Statement deleted(m_ws.handle(), "SELECT id, joined_at, deleted_at FROM members "
                                     "WHERE deleted_at IS NOT NULL AND joined_at < ?");
    if (!deleted.isValid())
        return deleted.prepareError();
    deleted.bind(1, m_edges.back());
    while (deleted.step()) {
        const qint8 until = excludedFrom(deleted.int64(2));
        m_excludedFrom[size_t(deleted.int64(0))] = until;
        if (deleted.int64(1) < m_edges.front())
            --counted[size_t(until)]; // counted from the first week until deleted
    }

    Statement joined(m_ws.handle(), "SELECT id, joined_at FROM members "
                                    "WHERE joined_at >= ? AND joined_at < ? ORDER BY joined_at");
    if (!joined.isValid())
        return joined.prepareError();
    joined.bind(1, m_edges.front());
    joined.bind(2, m_edges.back());
    WeekCursor cursor(m_edges);
    while (joined.step()) {
        const qint64 id = joined.int64(0);
        const int w = cursor.weekOf(joined.int64(1));
        const int until = m_excludedFrom[size_t(id)];
        if (m_cancel.tick())
            return cancelledError();
        if (w >= until)
            continue;
        noteTime(size_t(id), joined.int64(1));
        m_cohort[size_t(id)] = qint8(w);
        ++m_scan.trend.weeks[size_t(w)].newMembers;
        ++counted[size_t(w)], --counted[size_t(until)];
        // Like the KPI engine, a cohort leaves out who is deleted by the end of the later week.
        for (int later = w; later < until; ++later)
            ++m_cohortSizes[size_t(w)][size_t(later - w)];
    }
    qint64 total = 0;
    for (int w = 0; w < weeks(); ++w) {
        total += counted[size_t(w)];
        m_scan.trend.weeks[size_t(w)].totalMembers = total;
    }
    return {};
}

Status TrendScanner::scanEvents()
{
    Statement st(m_ws.handle(), "SELECT occurred_at, member_ref FROM events "
                                "WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at");
    if (!st.isValid())
        return st.prepareError();
    st.bind(1, m_edges.front());
    st.bind(2, m_edges.back());
    WeekCursor cursor(m_edges);
    const int recentFrom = earlierWeeks();
    const size_t size = m_excludedFrom.size();
    while (st.step()) {
        const size_t m = size_t(st.int64(1));
        const int w = cursor.weekOf(st.int64(0));
        if (m >= size || w >= m_excludedFrom[m])
            continue;
        noteTime(m, st.int64(0));
        ++(w >= recentFrom ? m_recent[m] : m_earlier[m]);
        if (m_lastWeek[m] != w) {
            m_lastWeek[m] = qint8(w);
            ++m_scan.trend.weeks[size_t(w)].activeMembers;
            const int c = m_cohort[m];
            if (c >= 0 && w >= c)
                ++m_retained[size_t(c)][size_t(w - c)];
        }
        if (m_cancel.tick())
            return cancelledError();
    }
    return {};
}

Status TrendScanner::scanOrders()
{
    Statement st(m_ws.handle(),
                 "SELECT paid_at, member_ref, amount_cents, campaign_ref IS NOT NULL FROM orders "
                 "WHERE paid_at >= ? AND paid_at < ? AND refunded = 0 ORDER BY paid_at");
    if (!st.isValid())
        return st.prepareError();
    st.bind(1, m_edges.front());
    st.bind(2, m_edges.back());
    std::fill(m_lastWeek.begin(), m_lastWeek.end(), qint8(-1));
    std::vector<quint8> ordersInWeek(m_excludedFrom.size(), 0);
    WeekCursor cursor(m_edges);
    while (st.step()) {
        const size_t m = size_t(st.int64(1));
        const int w = cursor.weekOf(st.int64(0));
        if (m >= m_excludedFrom.size() || w >= m_excludedFrom[m])
            continue;
        noteTime(m, st.int64(0));
        WeekPoint &week = m_scan.trend.weeks[size_t(w)];
        ++week.orders;
        week.gmvCents += st.int64(2);
        if (st.int64(3))
            week.attributedGmvCents += st.int64(2);
        if (m_lastWeek[m] != w) {
            m_lastWeek[m] = qint8(w);
            ordersInWeek[m] = 0;
            ++week.buyers;
        }
        if (ordersInWeek[m] < 2 && ++ordersInWeek[m] == 2)
            ++week.repeatBuyers;
        if (m_cancel.tick())
            return cancelledError();
    }
    return {};
}

Status TrendScanner::scanContent()
{
    Statement st(m_ws.handle(),
                 "SELECT scheduled_at, reads, likes, comments, shares, clicks FROM content "
                 "WHERE scheduled_at >= ? AND scheduled_at < ? "
                 "AND status IN ('published', 'reviewed') ORDER BY scheduled_at");
    if (!st.isValid())
        return st.prepareError();
    st.bind(1, m_edges.front());
    st.bind(2, m_edges.back());
    WeekCursor cursor(m_edges);
    while (st.step()) {
        WeekPoint &week = m_scan.trend.weeks[size_t(cursor.weekOf(st.int64(0)))];
        week.reads += st.int64(1);
        week.likes += st.int64(2);
        week.comments += st.int64(3);
        week.shares += st.int64(4);
        week.clicks += st.int64(5);
    }
    return {};
}

Status TrendScanner::scanCosts()
{
    Statement st(m_ws.handle(), "SELECT incurred_at, amount_cents FROM campaign_costs "
                                "WHERE incurred_at >= ? AND incurred_at < ? ORDER BY incurred_at");
    if (!st.isValid())
        return st.prepareError();
    st.bind(1, m_edges.front());
    st.bind(2, m_edges.back());
    WeekCursor cursor(m_edges);
    while (st.step())
        m_scan.trend.weeks[size_t(cursor.weekOf(st.int64(0)))].costCents += st.int64(1);
    return {};
}

void TrendScanner::finishRetention()
{
    RetentionMatrix &matrix = m_scan.retention;
    for (int c = 0; c < weeks(); ++c) {
        const WeekPoint &cohort = m_scan.trend.weeks[size_t(c)];
        matrix.cohorts.push_back(cohort.name);
        matrix.sizes.push_back(cohort.newMembers);
        std::vector<std::optional<double>> row;
        for (int n = 0; c + n < weeks(); ++n)
            row.push_back(ratio(double(m_retained[size_t(c)][size_t(n)]),
                                double(m_cohortSizes[size_t(c)][size_t(n)])));
        matrix.cells.push_back(std::move(row));
    }
}

Status TrendScanner::finishChurn()
{
    ChurnWarnings &churn = m_scan.churn;
    churn.recentWeeks = std::min(m_options.recentWeeks, weeks());
    churn.earlierWeeks = earlierWeeks();
    if (churn.earlierWeeks == 0 || churn.recentWeeks == 0)
        return {};
    std::vector<ChurnWarning> all;
    for (size_t m = 0; m < m_excludedFrom.size(); ++m) {
        const int c = m_cohort[m];
        if (m_excludedFrom[m] < weeks() || c >= churn.earlierWeeks || m_earlier[m] == 0)
            continue; // a member who joined in the recent window has no earlier level
        const int span = churn.earlierWeeks - std::max(0, c);
        const double earlier = double(m_earlier[m]) / span;
        const double recent = double(m_recent[m]) / churn.recentWeeks;
        if (earlier < m_options.minEarlierPerWeek || recent > m_options.drop * earlier)
            continue;
        all.push_back({qint64(m), QString(), earlier, recent});
    }
    churn.count = qint64(all.size());
    // The largest fall first (the list is cut after it): 1 - recent / earlier, then the larger
    // drop in events a week.
    std::sort(all.begin(), all.end(), [](const ChurnWarning &a, const ChurnWarning &b) {
        const double fa = 1 - a.recentPerWeek / a.earlierPerWeek;
        const double fb = 1 - b.recentPerWeek / b.earlierPerWeek;
        if (fa != fb)
            return fa > fb;
        const double da = a.earlierPerWeek - a.recentPerWeek;
        const double db = b.earlierPerWeek - b.recentPerWeek;
        return da != db ? da > db : a.memberRef < b.memberRef;
    });
    for (const ChurnWarning &warning : all)
        churn.refs.push_back(warning.memberRef);
    all.resize(std::min(all.size(), size_t(std::max(0, m_options.listSize))));
    std::vector<qint64> refs(churn.refs.begin(), churn.refs.begin() + qsizetype(all.size()));
    auto labels = memberLabels(m_ws, refs);
    if (!labels)
        return labels.error();
    for (size_t i = 0; i < all.size(); ++i)
        all[i].label = labels->at(i);
    churn.members = std::move(all);
    return {};
}

Result<TrendScan> TrendScanner::run(const QDate &lastMonday)
{
    buildWeeks(lastMonday);
    // One read transaction: every figure comes from the same snapshot of the store.
    if (const Status status = sql::exec(m_ws.db(), QStringLiteral("SAVEPOINT trend_scan")); !status)
        return status.error();
    setUpChurn();
    Status status = scanMembers();
    for (auto step : {&TrendScanner::scanEvents, &TrendScanner::scanOrders,
                      &TrendScanner::scanContent, &TrendScanner::scanCosts}) {
        if (status)
            status = (this->*step)();
    }
    if (status) {
        finishRetention();
        finishChurnCounts();
        status = finishChurn();
    }
    sql::exec(m_ws.db(), QStringLiteral("RELEASE trend_scan"));
    if (!status)
        return status.error();
    return std::move(m_scan);
}

} // namespace

std::optional<double> WeekPoint::value(Metric metric) const
{
    switch (metric) {
    case Metric::NewMembers:
        return double(newMembers);
    case Metric::TotalMembers:
        return double(totalMembers);
    case Metric::ActiveMembers:
        return double(activeMembers);
    case Metric::ActivityRate:
        return ratio(double(activeMembers), double(totalMembers));
    case Metric::ContentReads:
        return double(reads);
    case Metric::ContentLikes:
        return double(likes);
    case Metric::ContentComments:
        return double(comments);
    case Metric::ContentShares:
        return double(shares);
    case Metric::InteractionRate:
        return ratio(double(likes + comments + shares), double(reads));
    case Metric::Ctr:
        return ratio(double(clicks), double(reads));
    case Metric::Buyers:
        return double(buyers);
    case Metric::ConversionRate:
        return ratio(double(buyers), double(activeMembers));
    case Metric::Gmv:
        return units(gmvCents);
    case Metric::Orders:
        return double(orders);
    case Metric::Aov:
        return ratio(units(gmvCents), double(orders));
    case Metric::RepurchaseRate:
        return ratio(double(repeatBuyers), double(buyers));
    case Metric::Arpu:
        return ratio(units(gmvCents), double(activeMembers));
    case Metric::Cac:
        return ratio(units(costCents), double(newMembers));
    case Metric::Roi:
        return ratio(units(attributedGmvCents - costCents), units(costCents));
    default:
        return std::nullopt;
    }
}

bool trendCarries(Metric metric)
{
    switch (metric) {
    case Metric::ChurnedMembers:
    case Metric::ChurnRate:
    case Metric::Ltv:
    case Metric::KFactor:
    case Metric::Satisfaction:
        return false;
    default:
        return true;
    }
}

std::vector<std::optional<double>> WeeklyTrend::values(Metric metric) const
{
    std::vector<std::optional<double>> out;
    out.reserve(weeks.size());
    for (const WeekPoint &week : weeks)
        out.push_back(week.value(metric));
    return out;
}

Result<TrendScan> scanTrend(Workspace &ws, const QDate &lastMonday, const ScanOptions &options,
                            const CancelCheck &cancelled)
{
    if (!lastMonday.isValid() || lastMonday.dayOfWeek() != Qt::Monday)
        return makeError(QStringLiteral("the trend must end with a week starting on a Monday"));
    TrendScanner scanner(ws, options, cancelled);
    return scanner.run(lastMonday);
}

Result<std::vector<ContentRow>> topContent(Workspace &ws, const Period &period, int limit)
{
    auto query =
        sql::run(ws.db(),
                 QStringLiteral(
                     "SELECT c.id, c.title, coalesce(c.kind, ''), c.reads, "
                     "c.likes + c.comments + c.shares, c.clicks, c.content_id, c.scheduled_at, "
                     "coalesce(g.name, '') FROM content c LEFT JOIN groups g ON g.id = c.group_ref "
                     "WHERE c.scheduled_at >= ? AND c.scheduled_at < ? "
                     "AND c.status IN ('published', 'reviewed') AND c.reads > 0 "
                     "ORDER BY CAST(c.likes + c.comments + c.shares AS REAL) / c.reads DESC, "
                     "c.reads DESC, c.id LIMIT ?"),
                 {period.from, period.to, limit});
    if (!query)
        return query.error();
    std::vector<ContentRow> rows;
    while (query->next()) {
        ContentRow row;
        row.contentRef = query->value(0).toLongLong();
        row.title = query->value(1).toString();
        row.kind = query->value(2).toString();
        row.reads = query->value(3).toLongLong();
        row.interactions = query->value(4).toLongLong();
        row.interactionRate = double(row.interactions) / double(row.reads);
        row.ctr = ratio(query->value(5).toDouble(), double(row.reads));
        row.contentId = query->value(6).toString();
        row.scheduledDay = timeutil::localDate(query->value(7).toLongLong(), ws.timeZone());
        row.groupName = query->value(8).toString();
        rows.push_back(row);
    }
    return rows;
}

std::vector<QString> contentDetails(const std::vector<ContentRow> &rows,
                                    const std::function<QString(const QDate &)> &dayText)
{
    const QString separator = QStringLiteral(" · ");
    std::vector<QString> details;
    details.reserve(rows.size());
    std::map<std::pair<QString, QString>, int> uses;
    for (const ContentRow &row : rows) {
        QString detail = dayText(row.scheduledDay);
        if (!row.groupName.isEmpty())
            detail += separator + row.groupName;
        ++uses[{row.title, detail}];
        details.push_back(detail);
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        if (uses[{rows[i].title, details[i]}] > 1)
            details[i] += separator + rows[i].contentId;
    }
    return details;
}

namespace {

struct CampaignTotals
{
    qint64 costInPeriod = 0;
    qint64 costToDate = 0;
    qint64 orders = 0;
    qint64 gmv = 0;
};

Status addCosts(Workspace &ws, const Period &period, std::map<qint64, CampaignTotals> &totals)
{
    auto query = sql::run(ws.db(),
                          QStringLiteral("SELECT campaign_ref, "
                                         "sum(CASE WHEN incurred_at >= ? THEN amount_cents END), "
                                         "sum(amount_cents) FROM campaign_costs "
                                         "WHERE incurred_at < ? GROUP BY campaign_ref"),
                          {period.from, period.to});
    if (!query)
        return query.error();
    while (query->next()) {
        CampaignTotals &t = totals[query->value(0).toLongLong()];
        t.costInPeriod = query->value(1).toLongLong();
        t.costToDate = query->value(2).toLongLong();
    }
    return {};
}

Status addOrders(Workspace &ws, qint64 from, const Period &period,
                 std::map<qint64, CampaignTotals> &totals)
{
    auto query = sql::run(ws.db(),
                          QStringLiteral("SELECT campaign_ref, count(*), sum(amount_cents) "
                                         "FROM orders WHERE paid_at >= ? AND paid_at < ? "
                                         "AND refunded = 0 AND campaign_ref IS NOT NULL "
                                         "GROUP BY campaign_ref"),
                          {from, period.to});
    if (!query)
        return query.error();
    while (query->next()) {
        CampaignTotals &t = totals[query->value(0).toLongLong()];
        t.orders = query->value(1).toLongLong();
        t.gmv = query->value(2).toLongLong();
    }
    return {};
}

} // namespace

Result<std::vector<CampaignRow>> campaignsInPeriod(Workspace &ws, const Period &period)
{
    const QTimeZone zone = ws.timeZone();
    auto query = sql::run(ws.db(),
                          QStringLiteral("SELECT id, campaign_id, name, coalesce(type, ''), "
                                         "start_at, end_at FROM campaigns "
                                         "WHERE start_at IS NOT NULL AND start_at < ? "
                                         "AND (end_at IS NULL OR end_at >= ?) "
                                         "ORDER BY start_at, campaign_id"),
                          {period.to, period.from});
    if (!query)
        return query.error();
    std::vector<CampaignRow> rows;
    qint64 earliest = period.from;
    while (query->next()) {
        CampaignRow row;
        row.campaignRef = query->value(0).toLongLong();
        row.campaignId = query->value(1).toString();
        row.name = query->value(2).toString();
        row.type = query->value(3).toString();
        const qint64 start = query->value(4).toLongLong();
        earliest = std::min(earliest, start);
        row.start = timeutil::localDate(start, zone);
        if (!query->value(5).isNull())
            row.end = timeutil::localDate(query->value(5).toLongLong(), zone);
        rows.push_back(row);
    }
    std::map<qint64, CampaignTotals> totals;
    if (const Status status = addCosts(ws, period, totals); !status)
        return status.error();
    // Orders count from the earliest start among these campaigns: the orders index is by time.
    if (const Status status = addOrders(ws, earliest, period, totals); !status)
        return status.error();
    for (CampaignRow &row : rows) {
        const CampaignTotals t = totals[row.campaignRef];
        row.costInPeriodCents = t.costInPeriod;
        row.costToDateCents = t.costToDate;
        row.ordersToDate = t.orders;
        row.gmvToDateCents = t.gmv;
        row.roiToDate = ratio(units(t.gmv - t.costToDate), units(t.costToDate));
    }
    return rows;
}

namespace {

// (member, contact) pairs of a period: a content item as itself, a campaign without content
// as its negated id. Counted here, which is cheaper than SQL's count(DISTINCT ...) over a
// grouping. Only members with more than `cap` events in the period can have more than `cap`
// contacts: their number of events comes from the events' time index alone, and only their
// events are read from the table (through the member index), unless they are too many of
// them for that to pay.
Result<std::vector<std::pair<qint64, qint64>>> contactPairs(Workspace &ws, const Period &period,
                                                            int cap)
{
    std::vector<quint32> events;
    qint64 all = 0;
    {
        Statement st(ws.handle(), "SELECT member_ref FROM events "
                                  "WHERE occurred_at >= ? AND occurred_at < ?");
        if (!st.isValid())
            return st.prepareError();
        st.bind(1, period.from);
        st.bind(2, period.to);
        while (st.step()) {
            const qint64 member = st.int64(0);
            if (member < 0)
                continue;
            if (size_t(member) >= events.size())
                events.resize(size_t(member) + 1 + events.size() / 2, 0);
            ++events[size_t(member)];
            ++all;
        }
    }
    std::vector<qint64> candidates;
    qint64 candidateEvents = 0;
    for (size_t m = 0; m < events.size(); ++m) {
        if (qint64(events[m]) > cap) {
            candidates.push_back(qint64(m));
            candidateEvents += events[m];
        }
    }
    const bool perMember = candidateEvents * 4 < all;
    Statement st(ws.handle(), perMember
                                  ? "SELECT member_ref, content_ref, campaign_ref FROM events "
                                    "WHERE member_ref = ? AND occurred_at >= ? AND occurred_at < ?"
                                  : "SELECT member_ref, content_ref, campaign_ref FROM events "
                                    "WHERE occurred_at >= ? AND occurred_at < ?");
    if (!st.isValid())
        return st.prepareError();
    std::vector<std::pair<qint64, qint64>> pairs;
    const auto read = [&st, &pairs] {
        while (st.step()) {
            if (!st.isNull(1))
                pairs.emplace_back(st.int64(0), st.int64(1));
            else if (!st.isNull(2))
                pairs.emplace_back(st.int64(0), -st.int64(2));
        }
    };
    if (perMember) {
        st.bind(2, period.from);
        st.bind(3, period.to);
        for (qint64 member : candidates) {
            st.bind(1, member);
            read();
            st.reset();
        }
    } else {
        st.bind(1, period.from);
        st.bind(2, period.to);
        read();
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

} // namespace

Result<ContactAlerts> overContacted(Workspace &ws, const Period &period, int cap, int listSize)
{
    ContactAlerts out;
    out.cap = cap;
    auto pairs = contactPairs(ws, period, cap);
    if (!pairs)
        return pairs.error();
    // Like every figure of the period: members deleted before its end are left out.
    Statement deleted(ws.handle(), "SELECT id FROM members WHERE deleted_at IS NOT NULL "
                                   "AND deleted_at < ?");
    if (!deleted.isValid())
        return deleted.prepareError();
    deleted.bind(1, period.to);
    std::vector<qint64> gone;
    while (deleted.step())
        gone.push_back(deleted.int64(0));
    std::sort(gone.begin(), gone.end());
    std::vector<std::pair<qint64, qint64>> over; // (contacts, member)
    for (size_t i = 0; i < pairs->size();) {
        size_t j = i;
        while (j < pairs->size() && (*pairs)[j].first == (*pairs)[i].first)
            ++j;
        const qint64 member = (*pairs)[i].first;
        if (qint64(j - i) > cap && !std::binary_search(gone.begin(), gone.end(), member))
            over.emplace_back(qint64(j - i), member);
        i = j;
    }
    std::sort(over.begin(), over.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    out.count = qint64(over.size());
    for (const auto &[contacts, member] : over) {
        out.refs.push_back(member);
        if (int(out.members.size()) < listSize)
            out.members.push_back({member, QString(), contacts});
    }
    const std::vector<qint64> listed(out.refs.begin(),
                                     out.refs.begin() + qsizetype(out.members.size()));
    auto labels = memberLabels(ws, listed);
    if (!labels)
        return labels.error();
    for (size_t i = 0; i < out.members.size(); ++i)
        out.members[i].label = labels->at(i);
    return out;
}

Result<std::vector<QString>> memberLabels(Workspace &ws, const std::vector<qint64> &refs)
{
    Statement st(ws.handle(), "SELECT coalesce(nullif(name, ''), nullif(remark, ''), member_id) "
                              "FROM members WHERE id = ?");
    if (!st.isValid())
        return st.prepareError();
    std::vector<QString> labels;
    labels.reserve(refs.size());
    for (qint64 ref : refs) {
        st.bind(1, ref);
        labels.push_back(st.step() ? st.text(0) : QString());
        st.reset();
    }
    return labels;
}

} // namespace siyu::kpi
