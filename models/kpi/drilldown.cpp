// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/drilldown.h"

#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/statement.h"
#include "models/store/workspace.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <initializer_list>

namespace siyu::kpi {

namespace scan {

namespace {

constexpr qint64 secondsPerDay = 86400;

// Statement::step() is false both at the end of the rows and on an error; this tells them
// apart right after the last step.
Status finished(sqlite3 *db)
{
    const int code = sqlite3_errcode(db);
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW)
        return {};
    return sql::describeFailure(db, QStringLiteral("SELECT"));
}

// Runs `sql` with integer binds ?1, ?2, ... and hands every row to `row`.
template<typename RowFunction>
Status forEachRow(sqlite3 *db, const char *sql, std::initializer_list<qint64> binds,
                  RowFunction &&row)
{
    Statement st(db, sql);
    if (!st.isValid())
        return st.prepareError();
    int index = 1;
    for (qint64 value : binds)
        st.bind(index++, value);
    while (st.step())
        row(st);
    return finished(db);
}

bool inRange(const std::vector<qint64> &times, qint64 member)
{
    return member >= 0 && size_t(member) < times.size();
}

void keepEarliest(std::vector<qint64> &times, qint64 member, qint64 t)
{
    if (!inRange(times, member))
        return;
    qint64 &slot = times[size_t(member)];
    if (slot == noTime || t < slot)
        slot = t;
}

void keepLatest(std::vector<qint64> &times, qint64 member, qint64 t)
{
    if (inRange(times, member) && t > times[size_t(member)])
        times[size_t(member)] = t; // noTime is below every time
}

// The three kinds of time the churn rule looks at: events, paid orders and the joining.
const char *const eventTimes =
    "SELECT member_ref, occurred_at FROM events WHERE occurred_at >= ?1 AND occurred_at < ?2";
const char *const orderTimes = "SELECT member_ref, paid_at FROM orders "
                               "WHERE refunded = 0 AND paid_at >= ?1 AND paid_at < ?2";
const char *const joinTimes =
    "SELECT id, joined_at FROM members WHERE joined_at >= ?1 AND joined_at < ?2";

// Each member's earliest or latest time in [from, to) over the given sources.
Status collectTimes(const Context &ctx, const std::vector<const char *> &sources, qint64 from,
                    qint64 to, bool latest, std::vector<qint64> &times)
{
    for (const char *source : sources) {
        const Status status = forEachRow(ctx.db, source, {from, to}, [&](const Statement &st) {
            if (latest)
                keepLatest(times, st.int64(0), st.int64(1));
            else
                keepEarliest(times, st.int64(0), st.int64(1));
        });
        if (!status)
            return status;
    }
    return {};
}

// Whether members (ascending) have any event or paid order in [from, to), all in one statement:
// the members go in as a JSON array, and SQLite seeks each one in the events' and orders'
// member indexes with its cursors kept open, instead of a statement run per member.
// seen[i] = 1 when members[i] has one.
Status lookUpGaps(const Context &ctx, const std::vector<qint64> &members, qint64 from, qint64 to,
                  std::vector<quint8> &seen)
{
    seen.assign(members.size(), 0);
    if (from >= to || members.empty())
        return {};
    Statement st(ctx.db, "SELECT j.key FROM json_each(?1) j "
                         "WHERE EXISTS (SELECT 1 FROM events WHERE member_ref = j.value "
                         "AND occurred_at >= ?2 AND occurred_at < ?3) "
                         "OR EXISTS (SELECT 1 FROM orders WHERE member_ref = j.value "
                         "AND refunded = 0 AND paid_at >= ?2 AND paid_at < ?3)");
    if (!st.isValid())
        return st.prepareError();
    QByteArray list;
    list.reserve(qsizetype(members.size()) * 8 + 2);
    list.append('[');
    for (size_t i = 0; i < members.size(); ++i) {
        if (i > 0)
            list.append(',');
        list.append(QByteArray::number(members[i]));
    }
    list.append(']');
    st.bind(1, list);
    st.bind(2, from);
    st.bind(3, to);
    while (st.step()) {
        const qint64 index = st.int64(0);
        if (index >= 0 && size_t(index) < seen.size())
            seen[size_t(index)] = 1;
    }
    return finished(ctx.db);
}

// One stretch [from, to) of the period no longer than churn_days (C). A member enters the
// churn stage at t + C, in the stretch, only from a time t in [from - C, to - C) with nothing
// in (t, t + C). Two times in that window are less than C apart, so only the member's latest
// one there can start such a gap, and nothing of theirs lies between it and to - C. What is
// left to look at is [to - C, t + C): the stretch itself (`first`, each member's earliest time
// in it) and [to - C, from): joinings there are read at once, events and paid orders looked up
// per remaining member.
Status churnInStretch(const Context &ctx, qint64 from, qint64 to, const std::vector<qint64> &first,
                      MemberBitmap &churned)
{
    const qint64 c = ctx.churnSeconds;
    std::vector<qint64> last(ctx.idLimit, noTime);
    if (const Status status =
            collectTimes(ctx, {eventTimes, orderTimes, joinTimes}, from - c, to - c, true, last);
        !status)
        return status;
    MemberBitmap joinedBetween(ctx.idLimit);
    if (to - c < from) {
        const Status status =
            forEachRow(ctx.db, joinTimes, {to - c, from},
                       [&](const Statement &st) { joinedBetween.insert(st.int64(0)); });
        if (!status)
            return status;
    }
    std::vector<qint64> open;
    for (size_t m = 0; m < last.size(); ++m) {
        const auto member = qint64(m);
        if (last[m] == noTime || ctx.excluded.contains(member) || churned.contains(member))
            continue;
        if (first[m] != noTime && first[m] < last[m] + c)
            continue; // back within churn_days
        if (!joinedBetween.contains(member))
            open.push_back(member);
    }
    std::vector<quint8> seen;
    if (const Status status = lookUpGaps(ctx, open, to - c, from, seen); !status)
        return status;
    for (size_t i = 0; i < open.size(); ++i) {
        if (!seen[i])
            churned.insert(open[i]);
    }
    return {};
}

} // namespace

Result<qint64> integer(sqlite3 *db, const char *sql, std::initializer_list<qint64> binds)
{
    qint64 value = 0;
    const Status status =
        forEachRow(db, sql, binds, [&value](const Statement &st) { value = st.int64(0); });
    if (!status)
        return status.error();
    return value;
}

bool MemberBitmap::insert(qint64 id)
{
    if (id < 0 || size_t(id) >= m_bits.size() || m_bits[size_t(id)] != 0)
        return false;
    m_bits[size_t(id)] = 1;
    ++m_count;
    return true;
}

std::vector<qint64> MemberBitmap::ids() const
{
    std::vector<qint64> result;
    result.reserve(size_t(m_count));
    for (size_t i = 0; i < m_bits.size(); ++i) {
        if (m_bits[i] != 0)
            result.push_back(qint64(i));
    }
    return result;
}

ReadSnapshot::ReadSnapshot(Workspace &workspace) : m_db(workspace.handle())
{
    if (!m_db || sqlite3_get_autocommit(m_db) == 0)
        return;
    // SQLite caps the size at its compile-time maximum; a failure only costs speed.
    sqlite3_exec(m_db, "PRAGMA mmap_size = 274877906944", nullptr, nullptr, nullptr);
    m_began = sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_began)
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

Result<Context> context(Workspace &workspace, const Period &period)
{
    Context ctx;
    ctx.workspace = &workspace;
    ctx.db = workspace.handle();
    if (!ctx.db)
        return makeError(QStringLiteral("no SQLite connection"));
    ctx.period = period;
    ctx.churnSeconds = qint64(std::max(1, settings::churnDays.get(workspace))) * secondsPerDay;
    auto maxId = integer(ctx.db, "SELECT coalesce(max(id), 0) FROM members", {});
    if (!maxId)
        return maxId.error();
    ctx.idLimit = size_t(std::max<qint64>(0, *maxId)) + 1;
    ctx.excluded = MemberBitmap(ctx.idLimit);
    const Status status = forEachRow(
        ctx.db, "SELECT id FROM members WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
        {period.to}, [&ctx](const Statement &st) { ctx.excluded.insert(st.int64(0)); });
    if (!status)
        return status.error();
    return ctx;
}

Status activeMembers(const Context &ctx, MemberBitmap *active, std::vector<qint64> *firstTimes)
{
    *active = MemberBitmap(ctx.idLimit);
    if (firstTimes)
        firstTimes->assign(ctx.idLimit, noTime);
    return forEachRow(ctx.db, eventTimes, {ctx.period.from, ctx.period.to},
                      [&](const Statement &st) {
                          const qint64 member = st.int64(0);
                          if (ctx.excluded.contains(member))
                              return;
                          active->insert(member);
                          if (firstTimes)
                              keepEarliest(*firstTimes, member, st.int64(1));
                      });
}

Result<MemberBitmap> newMembers(const Context &ctx, std::vector<qint64> *firstTimes)
{
    MemberBitmap members(ctx.idLimit);
    const Status status =
        forEachRow(ctx.db, joinTimes, {ctx.period.from, ctx.period.to}, [&](const Statement &st) {
            const qint64 member = st.int64(0);
            if (ctx.excluded.contains(member))
                return;
            members.insert(member);
            if (firstTimes)
                keepEarliest(*firstTimes, member, st.int64(1));
        });
    if (!status)
        return status.error();
    return members;
}

Result<PaidOrders> paidOrders(const Context &ctx, std::vector<qint64> *firstTimes)
{
    PaidOrders paid;
    paid.buyers = MemberBitmap(ctx.idLimit);
    paid.repeatBuyers = MemberBitmap(ctx.idLimit);
    const Status status =
        forEachRow(ctx.db,
                   "SELECT member_ref, amount_cents, campaign_ref IS NOT NULL, paid_at FROM orders "
                   "WHERE refunded = 0 AND paid_at >= ?1 AND paid_at < ?2",
                   {ctx.period.from, ctx.period.to}, [&](const Statement &st) {
                       const qint64 member = st.int64(0);
                       if (ctx.excluded.contains(member))
                           return;
                       ++paid.orders;
                       paid.gmvCents += st.int64(1);
                       if (st.int64(2) != 0)
                           paid.attributedCents += st.int64(1);
                       if (!paid.buyers.insert(member))
                           paid.repeatBuyers.insert(member);
                       if (firstTimes)
                           keepEarliest(*firstTimes, member, st.int64(3));
                   });
    if (!status)
        return status.error();
    return paid;
}

Result<MemberBitmap> churnedMembers(const Context &ctx, std::vector<qint64> firstTimes)
{
    MemberBitmap churned(ctx.idLimit);
    const qint64 c = ctx.churnSeconds;
    const Period &period = ctx.period;
    // A stretch never longer than C: a member enters the churn stage at most once in it.
    const bool reuse = firstTimes.size() == ctx.idLimit && period.length() <= c;
    for (qint64 from = period.from; from < period.to; from += c) {
        const qint64 to = std::min(period.to, from + c);
        std::vector<qint64> first;
        if (reuse) {
            first = std::move(firstTimes);
        } else {
            first.assign(ctx.idLimit, noTime);
            if (Status status =
                    collectTimes(ctx, {eventTimes, orderTimes, joinTimes}, from, to, false, first);
                !status)
                return status.error();
        }
        if (Status status = churnInStretch(ctx, from, to, first, churned); !status)
            return status.error();
    }
    return churned;
}

Result<qint64> totalMembersAt(const Context &ctx, qint64 t)
{
    // Counting every member before t walks the index; when t is late in the members' history,
    // counting the few who joined at or after it and subtracting is much cheaper.
    auto all = integer(ctx.db, "SELECT count(*) FROM members", {});
    auto first = integer(ctx.db, "SELECT coalesce(min(joined_at), 0) FROM members", {});
    auto last = integer(ctx.db, "SELECT coalesce(max(joined_at), 0) FROM members", {});
    if (!all || !first || !last)
        return (!all ? all : !first ? first : last).error();
    const bool late = t - *first > *last - t;
    auto joined = late ? integer(ctx.db, "SELECT count(*) FROM members WHERE joined_at >= ?1", {t})
                       : integer(ctx.db, "SELECT count(*) FROM members WHERE joined_at < ?1", {t});
    auto deleted = integer(ctx.db,
                           "SELECT count(*) FROM members WHERE deleted_at IS NOT NULL "
                           "AND deleted_at < ?1 AND joined_at < ?1",
                           {t});
    if (!joined || !deleted)
        return (!joined ? joined : deleted).error();
    return (late ? *all - *joined : *joined) - *deleted;
}

Result<Referrals> referrals(const Context &ctx)
{
    Referrals result;
    result.referred = MemberBitmap(ctx.idLimit);
    std::vector<qint64> referrers;
    const Status status =
        forEachRow(ctx.db,
                   "SELECT id, referrer_ref FROM members WHERE referrer_ref IS NOT NULL "
                   "AND joined_at >= ?1 AND joined_at < ?2",
                   {ctx.period.from, ctx.period.to}, [&](const Statement &st) {
                       if (ctx.excluded.contains(st.int64(0)))
                           return;
                       result.referred.insert(st.int64(0));
                       referrers.push_back(st.int64(1));
                   });
    if (!status)
        return status.error();
    std::sort(referrers.begin(), referrers.end());
    result.referrers = qint64(std::unique(referrers.begin(), referrers.end()) - referrers.begin());
    return result;
}

} // namespace scan

std::optional<MemberSet> memberSetOf(Metric metric)
{
    switch (metric) {
    case Metric::NewMembers:
    case Metric::Cac:
        return MemberSet::NewMembers;
    case Metric::TotalMembers:
    case Metric::Ltv:
        return MemberSet::TotalMembers;
    case Metric::ActiveMembers:
    case Metric::ActivityRate:
    case Metric::Arpu:
        return MemberSet::ActiveMembers;
    case Metric::ChurnedMembers:
    case Metric::ChurnRate:
        return MemberSet::ChurnedMembers;
    case Metric::Buyers:
    case Metric::ConversionRate:
    case Metric::Gmv:
    case Metric::Orders:
    case Metric::Aov:
        return MemberSet::Buyers;
    case Metric::RepurchaseRate:
        return MemberSet::RepeatBuyers;
    case Metric::KFactor:
        return MemberSet::ReferredMembers;
    default:
        return std::nullopt;
    }
}

DrillDown::DrillDown(Workspace &workspace) : m_workspace(workspace) {}

namespace {

Result<scan::MemberBitmap> totalMembers(const scan::Context &ctx)
{
    scan::MemberBitmap members(ctx.idLimit);
    Statement st(ctx.db, "SELECT id FROM members WHERE joined_at < ?1");
    if (!st.isValid())
        return st.prepareError();
    st.bind(1, ctx.period.to);
    while (st.step()) {
        if (!ctx.excluded.contains(st.int64(0)))
            members.insert(st.int64(0));
    }
    if (const Status status = scan::finished(ctx.db); !status)
        return status.error();
    return members;
}

Result<scan::MemberBitmap> memberBitmap(const scan::Context &ctx, MemberSet set)
{
    switch (set) {
    case MemberSet::NewMembers:
        return scan::newMembers(ctx);
    case MemberSet::TotalMembers:
        return totalMembers(ctx);
    case MemberSet::ActiveMembers: {
        scan::MemberBitmap active;
        if (const Status status = scan::activeMembers(ctx, &active); !status)
            return status.error();
        return active;
    }
    case MemberSet::ChurnedMembers:
        return scan::churnedMembers(ctx);
    case MemberSet::Buyers:
    case MemberSet::RepeatBuyers: {
        auto paid = scan::paidOrders(ctx);
        if (!paid)
            return paid.error();
        return set == MemberSet::Buyers ? std::move(paid->buyers) : std::move(paid->repeatBuyers);
    }
    case MemberSet::ReferredMembers: {
        auto referred = scan::referrals(ctx);
        if (!referred)
            return referred.error();
        return std::move(referred->referred);
    }
    }
    return makeError(QStringLiteral("unknown member set"));
}

} // namespace

Result<std::vector<qint64>> DrillDown::members(MemberSet set, const Period &period) const
{
    scan::ReadSnapshot snapshot(m_workspace);
    auto ctx = scan::context(m_workspace, period);
    if (!ctx)
        return ctx.error();
    auto bitmap = memberBitmap(*ctx, set);
    if (!bitmap)
        return bitmap.error();
    return bitmap->ids();
}

} // namespace siyu::kpi
