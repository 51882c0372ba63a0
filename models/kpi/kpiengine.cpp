// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/kpiengine.h"

#include "models/kpi/drilldown.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QSqlQuery>

namespace siyu::kpi {

namespace {

// What a computation has to gather, derived from the KPIs asked for.
struct Needs
{
    bool fresh = false; // new members
    bool total = false;
    bool totalAtStart = false;
    bool active = false;
    bool churn = false;
    bool content = false;
    bool orders = false;
    bool ltv = false;
    bool costs = false;
    bool referrals = false;
    bool survey = false;
};

Needs needsFor(const std::vector<Metric> &metrics)
{
    Needs n;
    for (Metric metric : metrics) {
        switch (metric) {
        case Metric::NewMembers:
            n.fresh = true;
            break;
        case Metric::TotalMembers:
            n.total = true;
            break;
        case Metric::ActiveMembers:
            n.active = true;
            break;
        case Metric::ActivityRate:
            n.active = n.total = true;
            break;
        case Metric::ChurnedMembers:
            n.churn = true;
            break;
        case Metric::ChurnRate:
            n.churn = n.totalAtStart = true;
            break;
        case Metric::ContentReads:
        case Metric::ContentLikes:
        case Metric::ContentComments:
        case Metric::ContentShares:
        case Metric::InteractionRate:
        case Metric::Ctr:
            n.content = true;
            break;
        case Metric::Buyers:
        case Metric::Gmv:
        case Metric::Orders:
        case Metric::Aov:
        case Metric::RepurchaseRate:
            n.orders = true;
            break;
        case Metric::ConversionRate:
        case Metric::Arpu:
            n.orders = n.active = true;
            break;
        case Metric::Ltv:
            n.ltv = n.total = true;
            break;
        case Metric::Cac:
            n.costs = n.fresh = true;
            break;
        case Metric::Roi:
            n.costs = n.orders = true;
            break;
        case Metric::KFactor:
            n.referrals = true;
            break;
        case Metric::Satisfaction:
            n.survey = true;
            break;
        }
    }
    // The churn scan reuses each member's earliest time in the period, which the scans of
    // events, paid orders and joinings record on their way.
    if (n.churn)
        n.active = n.fresh = n.orders = true;
    return n;
}

// Survey answers (`survey` events with a value) of a period.
struct Survey
{
    qint64 answers = 0;
    double sum = 0;
    qint64 promoters = 0;  // 9-10
    qint64 detractors = 0; // 0-6
    bool tenPointScale = false;
};

// The raw sums and counts every KPI is a function of. Money stays in integer cents.
struct Totals
{
    qint64 newMembers = 0;
    qint64 totalMembers = 0;
    qint64 totalAtStart = 0;
    qint64 activeMembers = 0;
    qint64 churnedMembers = 0;
    qint64 reads = 0;
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 clicks = 0;
    qint64 buyers = 0;
    qint64 repeatBuyers = 0;
    qint64 orders = 0;
    qint64 gmvCents = 0;
    qint64 attributedCents = 0;
    qint64 ltvCents = 0;
    qint64 costCents = 0;
    qint64 referred = 0;
    qint64 referrers = 0;
    Survey survey;
};

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return numerator / denominator;
}

// Cents per something, in currency units; divided only here, at the end.
std::optional<double> moneyPer(qint64 cents, qint64 count)
{
    if (count == 0)
        return std::nullopt;
    return double(cents) / (100.0 * double(count));
}

double units(qint64 cents)
{
    return double(cents) / 100.0;
}

Status readContent(const scan::Context &ctx, Totals &totals)
{
    auto query = sql::run(ctx.workspace->db(),
                          QStringLiteral("SELECT coalesce(sum(reads), 0), coalesce(sum(likes), 0), "
                                         "coalesce(sum(comments), 0), coalesce(sum(shares), 0), "
                                         "coalesce(sum(clicks), 0) FROM content "
                                         "WHERE scheduled_at >= ? AND scheduled_at < ? "
                                         "AND status IN ('published', 'reviewed')"),
                          {ctx.period.from, ctx.period.to});
    if (!query)
        return query.error();
    if (query->next()) {
        totals.reads = query->value(0).toLongLong();
        totals.likes = query->value(1).toLongLong();
        totals.comments = query->value(2).toLongLong();
        totals.shares = query->value(3).toLongLong();
        totals.clicks = query->value(4).toLongLong();
    }
    return {};
}

Result<Survey> readSurvey(const scan::Context &ctx)
{
    auto query = sql::run(ctx.workspace->db(),
                          QStringLiteral("SELECT member_ref, value FROM events "
                                         "WHERE type = 'survey' AND occurred_at >= ? "
                                         "AND occurred_at < ? AND value IS NOT NULL"),
                          {ctx.period.from, ctx.period.to});
    if (!query)
        return query.error();
    Survey survey;
    while (query->next()) {
        if (ctx.excluded.contains(query->value(0).toLongLong()))
            continue;
        const double score = query->value(1).toDouble();
        ++survey.answers;
        survey.sum += score;
        if (score >= 9)
            ++survey.promoters;
        else if (score <= 6)
            ++survey.detractors;
        if (score > 5 || score == 0)
            survey.tenPointScale = true;
    }
    return survey;
}

// Paid amount before the period end of the members counted then (LTV's numerator). The
// triggers' quarter-hour buckets (kpi_paid_buckets) give the paid amount of everyone before the
// end at once; the members not counted then (joined later, deleted) are taken out one by one.
// When those are more than the orders before the end, summing those orders directly is cheaper.
Result<qint64> paidBeforeEnd(const scan::Context &ctx)
{
    const qint64 t = ctx.period.to;
    const qint64 bucket = 900;
    const qint64 aligned = t - ((t % bucket) + bucket) % bucket;
    auto bucketCents = scan::integer(
        ctx.db, "SELECT coalesce(sum(cents), 0) FROM kpi_paid_buckets WHERE start < ?1", {aligned});
    auto bucketOrders = scan::integer(
        ctx.db, "SELECT coalesce(sum(orders), 0) FROM kpi_paid_buckets WHERE start < ?1",
        {aligned});
    auto tailCents = scan::integer(ctx.db,
                                   "SELECT coalesce(sum(amount_cents), 0) FROM orders "
                                   "WHERE refunded = 0 AND paid_at >= ?1 AND paid_at < ?2",
                                   {aligned, t});
    auto joinedLater =
        scan::integer(ctx.db, "SELECT count(*) FROM members WHERE joined_at >= ?1", {t});
    for (const auto *r : {&bucketCents, &bucketOrders, &tailCents, &joinedLater}) {
        if (!*r)
            return r->error();
    }
    // CROSS JOIN fixes the loop order: the small side drives, the other is looked up.
    if (*joinedLater > *bucketOrders)
        return scan::integer(ctx.db,
                             "SELECT coalesce(sum(o.amount_cents), 0) FROM orders o "
                             "CROSS JOIN members m ON m.id = o.member_ref "
                             "WHERE o.refunded = 0 AND o.paid_at < ?1 AND m.joined_at < ?1 "
                             "AND (m.deleted_at IS NULL OR m.deleted_at >= ?1)",
                             {t});
    auto notCounted = scan::integer(ctx.db,
                                    "SELECT coalesce(sum(o.amount_cents), 0) FROM members m "
                                    "CROSS JOIN orders o ON o.member_ref = m.id "
                                    "WHERE m.joined_at >= ?1 AND o.refunded = 0 AND o.paid_at < ?1",
                                    {t});
    auto deleted = scan::integer(ctx.db,
                                 "SELECT coalesce(sum(o.amount_cents), 0) FROM members m "
                                 "CROSS JOIN orders o ON o.member_ref = m.id "
                                 "WHERE m.deleted_at IS NOT NULL AND m.deleted_at < ?1 "
                                 "AND m.joined_at < ?1 AND o.refunded = 0 AND o.paid_at < ?1",
                                 {t});
    if (!notCounted || !deleted)
        return (!notCounted ? notCounted : deleted).error();
    return *bucketCents + *tailCents - *notCounted - *deleted;
}

// Runs the scans `needs` asks for.
class Gatherer
{
public:
    Gatherer(const scan::Context &ctx, const Needs &needs) : m_ctx(ctx), m_needs(needs) {}

    Result<Totals> run()
    {
        for (Status (Gatherer::*step)() :
             {&Gatherer::activity, &Gatherer::members, &Gatherer::orders, &Gatherer::churn,
              &Gatherer::money, &Gatherer::content, &Gatherer::referrals, &Gatherer::survey}) {
            if (const Status status = (this->*step)(); !status)
                return status.error();
        }
        return m_totals;
    }

private:
    Status members()
    {
        if (m_needs.fresh) {
            auto fresh = scan::newMembers(m_ctx, firstTimes());
            if (!fresh)
                return fresh.error();
            m_totals.newMembers = fresh->count();
        }
        if (m_needs.total) {
            auto total = scan::totalMembersAt(m_ctx, m_ctx.period.to);
            if (!total)
                return total.error();
            m_totals.totalMembers = *total;
        }
        if (m_needs.totalAtStart) {
            auto total = scan::totalMembersAt(m_ctx, m_ctx.period.from);
            if (!total)
                return total.error();
            m_totals.totalAtStart = *total;
        }
        return {};
    }

    Status activity()
    {
        if (!m_needs.active)
            return {};
        if (m_needs.churn)
            m_firstTimes.assign(m_ctx.idLimit, scan::noTime);
        scan::MemberBitmap active;
        if (const Status status = scan::activeMembers(m_ctx, &active, firstTimes()); !status)
            return status;
        m_totals.activeMembers = active.count();
        return {};
    }

    Status churn()
    {
        if (!m_needs.churn)
            return {};
        auto churned = scan::churnedMembers(m_ctx, std::move(m_firstTimes));
        if (!churned)
            return churned.error();
        m_totals.churnedMembers = churned->count();
        return {};
    }

    // Each member's earliest time in the period, gathered only for the churn scan.
    std::vector<qint64> *firstTimes() { return m_needs.churn ? &m_firstTimes : nullptr; }

    Status orders()
    {
        if (!m_needs.orders)
            return {};
        auto paid = scan::paidOrders(m_ctx, firstTimes());
        if (!paid)
            return paid.error();
        m_totals.buyers = paid->buyers.count();
        m_totals.repeatBuyers = paid->repeatBuyers.count();
        m_totals.orders = paid->orders;
        m_totals.gmvCents = paid->gmvCents;
        m_totals.attributedCents = paid->attributedCents;
        return {};
    }

    Status money()
    {
        if (m_needs.costs) {
            auto cost = scan::integer(m_ctx.db,
                                      "SELECT coalesce(sum(amount_cents), 0) FROM campaign_costs "
                                      "WHERE incurred_at >= ?1 AND incurred_at < ?2",
                                      {m_ctx.period.from, m_ctx.period.to});
            if (!cost)
                return cost.error();
            m_totals.costCents = *cost;
        }
        if (m_needs.ltv) {
            auto paid = paidBeforeEnd(m_ctx);
            if (!paid)
                return paid.error();
            m_totals.ltvCents = *paid;
        }
        return {};
    }

    Status content() { return m_needs.content ? readContent(m_ctx, m_totals) : Status(); }

    Status referrals()
    {
        if (!m_needs.referrals)
            return {};
        auto referrals = scan::referrals(m_ctx);
        if (!referrals)
            return referrals.error();
        m_totals.referred = referrals->referred.count();
        m_totals.referrers = referrals->referrers;
        return {};
    }

    Status survey()
    {
        if (!m_needs.survey)
            return {};
        auto survey = readSurvey(m_ctx);
        if (!survey)
            return survey.error();
        m_totals.survey = *survey;
        return {};
    }

    const scan::Context &m_ctx;
    const Needs &m_needs;
    Totals m_totals;
    std::vector<qint64> m_firstTimes;
};

std::optional<double> valueOf(Metric metric, const Totals &t)
{
    switch (metric) {
    case Metric::NewMembers:
        return double(t.newMembers);
    case Metric::TotalMembers:
        return double(t.totalMembers);
    case Metric::ActiveMembers:
        return double(t.activeMembers);
    case Metric::ActivityRate:
        return ratio(double(t.activeMembers), double(t.totalMembers));
    case Metric::ChurnedMembers:
        return double(t.churnedMembers);
    case Metric::ChurnRate:
        return ratio(double(t.churnedMembers), double(t.totalAtStart));
    case Metric::ContentReads:
        return double(t.reads);
    case Metric::ContentLikes:
        return double(t.likes);
    case Metric::ContentComments:
        return double(t.comments);
    case Metric::ContentShares:
        return double(t.shares);
    case Metric::InteractionRate:
        return ratio(double(t.likes + t.comments + t.shares), double(t.reads));
    case Metric::Ctr:
        return ratio(double(t.clicks), double(t.reads));
    case Metric::Buyers:
        return double(t.buyers);
    case Metric::ConversionRate:
        return ratio(double(t.buyers), double(t.activeMembers));
    case Metric::Gmv:
        return units(t.gmvCents);
    case Metric::Orders:
        return double(t.orders);
    case Metric::Aov:
        return moneyPer(t.gmvCents, t.orders);
    case Metric::RepurchaseRate:
        return ratio(double(t.repeatBuyers), double(t.buyers));
    case Metric::Arpu:
        return moneyPer(t.gmvCents, t.activeMembers);
    case Metric::Ltv:
        return moneyPer(t.ltvCents, t.totalMembers);
    case Metric::Cac:
        return moneyPer(t.costCents, t.newMembers);
    case Metric::Roi:
        return ratio(double(t.attributedCents - t.costCents), double(t.costCents));
    case Metric::KFactor:
        return ratio(double(t.referred), double(t.referrers));
    case Metric::Satisfaction:
        return ratio(t.survey.sum, double(t.survey.answers));
    }
    return std::nullopt;
}

std::vector<Metric> allMetrics()
{
    std::vector<Metric> all;
    for (const MetricInfo &m : metrics())
        all.push_back(m.metric);
    return all;
}

} // namespace

std::optional<double> KpiValues::value(Metric metric) const
{
    const auto it = values.find(metric);
    return it == values.end() ? std::nullopt : it->second;
}

KpiEngine::KpiEngine(Workspace &workspace) : m_workspace(workspace) {}

Result<KpiValues> KpiEngine::compute(const Period &period) const
{
    return compute(period, allMetrics());
}

Result<KpiValues> KpiEngine::compute(const Period &period, const std::vector<Metric> &only) const
{
    scan::ReadSnapshot snapshot(m_workspace);
    auto ctx = scan::context(m_workspace, period);
    if (!ctx)
        return ctx.error();
    const Needs needs = needsFor(only);
    auto totals = Gatherer(*ctx, needs).run();
    if (!totals)
        return totals.error();
    KpiValues result;
    result.period = period;
    for (Metric metric : only)
        result.values[metric] = valueOf(metric, *totals);
    return result;
}

Result<std::pair<KpiValues, KpiValues>> KpiEngine::computeWithPrevious(const Period &period) const
{
    PeriodComparison whole;
    whole.period = period;
    whole.current = period;
    whole.previous = previousPeriod(period, m_workspace.timeZone());
    return compare(whole);
}

Result<std::pair<KpiValues, KpiValues>> KpiEngine::compare(const PeriodComparison &comparison) const
{
    scan::ReadSnapshot snapshot(m_workspace);
    auto current = compute(comparison.current);
    if (!current)
        return current.error();
    auto previous = compute(comparison.previous);
    if (!previous)
        return previous.error();
    return std::make_pair(std::move(*current), std::move(*previous));
}

Result<std::optional<double>> KpiEngine::retention(const QDate &cohortMonday, int weeksLater) const
{
    if (!cohortMonday.isValid() || cohortMonday.dayOfWeek() != Qt::Monday || weeksLater < 0)
        return makeError(QStringLiteral("retention needs the Monday of a week and n >= 0"));
    const QTimeZone zone = m_workspace.timeZone();
    const QDate monday = cohortMonday.addDays(7 * qint64(weeksLater));
    scan::ReadSnapshot snapshot(m_workspace);
    auto ctx = scan::context(m_workspace, timeutil::periodOfDays(monday, monday.addDays(7), zone));
    if (!ctx)
        return ctx.error();
    scan::Context cohortCtx = *ctx; // members deleted by the end of the later week are out
    cohortCtx.period = timeutil::periodOfDays(cohortMonday, cohortMonday.addDays(7), zone);
    auto cohort = scan::newMembers(cohortCtx);
    if (!cohort)
        return cohort.error();
    scan::MemberBitmap active;
    if (const Status status = scan::activeMembers(*ctx, &active); !status)
        return status.error();
    qint64 retained = 0;
    for (qint64 member : cohort->ids())
        retained += active.contains(member) ? 1 : 0;
    return ratio(double(retained), double(cohort->count()));
}

Result<std::optional<double>> KpiEngine::nps(const Period &period) const
{
    scan::ReadSnapshot snapshot(m_workspace);
    auto ctx = scan::context(m_workspace, period);
    if (!ctx)
        return ctx.error();
    auto survey = readSurvey(*ctx);
    if (!survey)
        return survey.error();
    if (!survey->tenPointScale)
        return std::optional<double>();
    return ratio(double(survey->promoters - survey->detractors), double(survey->answers));
}

} // namespace siyu::kpi
