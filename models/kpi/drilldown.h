// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/common/timeutil.h"
#include "models/kpi/metric.h"

#include <QtGlobal>

#include <initializer_list>
#include <limits>
#include <optional>
#include <vector>

struct sqlite3;

namespace siyu {
class Workspace;
}

namespace siyu::kpi {

// The members behind a KPI — what the dashboard lists when a number is clicked. The KPI engine
// counts exactly these sets, so a number and its list always agree.
enum class MemberSet
{
    NewMembers,     // joined in the period
    TotalMembers,   // joined before the period end, not deleted by then
    ActiveMembers,  // >= 1 event in the period
    ChurnedMembers, // entered the churn stage in the period (domain brief gap rule)
    Buyers,         // >= 1 paid order in the period
    RepeatBuyers,   // >= 2 paid orders in the period
    ReferredMembers // new members of the period with a referrer
};

// The set a KPI's number stands for (ActivityRate -> ActiveMembers, ...); nullopt for KPIs that
// are not about members (GMV, content, ...).
std::optional<MemberSet> memberSetOf(Metric metric);

// Member row ids (members.id) behind the numbers of a period, ascending. Members deleted before
// the period end (deleted_at < end) are in none of the sets.
class DrillDown
{
public:
    explicit DrillDown(Workspace &workspace);

    Result<std::vector<qint64>> members(MemberSet set, const Period &period) const;

private:
    Workspace &m_workspace;
};

// ---------------------------------------------------------------------------------------------
// The bulk scans both the engine and the drill-down are made of. Member arrays are indexed by
// row id: one byte or one time per member, so that a scan over a week of events is a single
// pass over a covering index with no sorting and no per-row SQL.
namespace scan {

// A set of member row ids as one byte per possible id.
class MemberBitmap
{
public:
    MemberBitmap() = default;
    explicit MemberBitmap(size_t size) : m_bits(size, 0) {}

    bool insert(qint64 id); // false when already present or out of range
    bool contains(qint64 id) const
    {
        return id >= 0 && size_t(id) < m_bits.size() && m_bits[size_t(id)] != 0;
    }
    qint64 count() const { return m_count; }
    size_t size() const { return m_bits.size(); }
    std::vector<qint64> ids() const;

private:
    std::vector<quint8> m_bits;
    qint64 m_count = 0;
};

inline constexpr qint64 noTime = std::numeric_limits<qint64>::min();

// Holds a read transaction for the scans of one computation: one consistent snapshot, and
// SQLite's per-statement locking is paid once instead of on every lookup. Does nothing when a
// transaction is already open on the connection. Also turns on memory-mapped reads for the
// connection (PRAGMA mmap_size), which halves the processor time of the scans.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Workspace &workspace);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    sqlite3 *m_db = nullptr;
    bool m_began = false;
};

// The first column of the first row of `sql` (integer binds ?1, ?2, ...); 0 without a row.
Result<qint64> integer(sqlite3 *db, const char *sql, std::initializer_list<qint64> binds);

// What every scan of one period needs.
struct Context
{
    Workspace *workspace = nullptr;
    sqlite3 *db = nullptr;
    Period period;
    qint64 churnSeconds = 0; // setting churn_days x 86400
    size_t idLimit = 0;      // max(members.id) + 1
    MemberBitmap excluded;   // deleted before the period end
};

Result<Context> context(Workspace &workspace, const Period &period);

// Members with >= 1 event in [from, to). With `firstTimes` (sized idLimit, noTime for none),
// also each member's earliest time in the period; activeMembers, paidOrders and newMembers
// together fill it with the earliest event, paid order or joining the churn scan needs.
Status activeMembers(const Context &ctx, MemberBitmap *active,
                     std::vector<qint64> *firstTimes = nullptr);

// Members who joined in the period. `firstTimes`: see activeMembers.
Result<MemberBitmap> newMembers(const Context &ctx, std::vector<qint64> *firstTimes = nullptr);

// Paid (not refunded) orders of the period.
struct PaidOrders
{
    MemberBitmap buyers;
    MemberBitmap repeatBuyers;
    qint64 orders = 0;
    qint64 gmvCents = 0;
    qint64 attributedCents = 0; // orders naming a campaign
};
Result<PaidOrders> paidOrders(const Context &ctx, std::vector<qint64> *firstTimes = nullptr);

// Members entering the churn stage in the period. `firstTimes`, filled by activeMembers,
// paidOrders and newMembers over the same period, saves passes over the period; empty when not
// at hand.
Result<MemberBitmap> churnedMembers(const Context &ctx, std::vector<qint64> firstTimes = {});

// Members joined before `t` and not deleted by then, counted without visiting every member.
Result<qint64> totalMembersAt(const Context &ctx, qint64 t);

// New members of the period with a referrer, and the distinct referrers among them.
struct Referrals
{
    MemberBitmap referred;
    qint64 referrers = 0;
};
Result<Referrals> referrals(const Context &ctx);

} // namespace scan
} // namespace siyu::kpi
