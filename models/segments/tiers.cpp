// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/tiers.h"

#include "models/store/statement.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <algorithm>
#include <bitset>

namespace siyu::tiers {

namespace {

constexpr qint64 secondsPerDay = 86400;

// Streams rows through plain loops rather than SQL aggregates: a million members with a few
// million events is sorted far faster in C++ than in SQLite's temporary B-trees.
class Accumulator
{
public:
    Accumulator(qint64 asOf, const Thresholds &t)
        : m_asOf(asOf), m_windowStart(asOf - qint64(t.windowDays) * secondsPerDay),
          m_loyaltyStart(asOf - loyaltyPeriods * periodSeconds)
    {}

    qint64 earliest() const { return std::min(m_windowStart, m_loyaltyStart); }
    qint64 loyaltyStart() const { return m_loyaltyStart; }

    Status loadMembers(Workspace &ws)
    {
        Statement live(ws.handle(), "SELECT id FROM members WHERE deleted_at IS NULL ORDER BY id");
        if (!live.isValid())
            return live.prepareError();
        while (live.step()) {
            MemberTiers m;
            m.memberRef = live.int64(0);
            m_members.push_back(m);
        }
        m_masks.assign(m_members.size(), 0);
        return {};
    }

    void order(qint64 ref, qint64 paidAt, qint64 cents)
    {
        const qsizetype i = indexOf(ref);
        if (i < 0)
            return;
        if (paidAt >= m_windowStart) {
            m_members[size_t(i)].paidCents += cents;
            m_members[size_t(i)].paidOrders += 1;
        }
        activity(i, paidAt);
    }

    void event(qint64 ref, qint64 at) { activity(indexOf(ref), at); }

    std::vector<MemberTiers> finish(const Thresholds &t)
    {
        for (size_t i = 0; i < m_members.size(); ++i) {
            MemberTiers &m = m_members[i];
            m.activePeriods = int(std::bitset<loyaltyPeriods>(m_masks[i]).count());
            m.spending = levelOf(m.paidCents, t.bounds(Measure::Spending));
            m.frequency = levelOf(m.paidOrders, t.bounds(Measure::Frequency));
            m.loyalty = levelOf(m.activePeriods, t.bounds(Measure::Loyalty));
        }
        return std::move(m_members);
    }

private:
    qsizetype indexOf(qint64 ref) const
    {
        const auto it = std::lower_bound(
            m_members.begin(), m_members.end(), ref,
            [](const MemberTiers &m, qint64 value) { return m.memberRef < value; });
        return it != m_members.end() && it->memberRef == ref ? it - m_members.begin() : -1;
    }

    // Period k (0-based) is [as_of - 30 (k + 1) days, as_of - 30 k days).
    void activity(qsizetype i, qint64 at)
    {
        if (i < 0 || at < m_loyaltyStart || at >= m_asOf)
            return;
        m_masks[size_t(i)] |= quint32(1) << ((m_asOf - at - 1) / periodSeconds);
    }

    qint64 m_asOf;
    qint64 m_windowStart;
    qint64 m_loyaltyStart;
    std::vector<MemberTiers> m_members;
    std::vector<quint32> m_masks;
};

} // namespace

Bounds Thresholds::bounds(Measure measure) const
{
    switch (measure) {
    case Measure::Spending:
        return {spendingHighCents, spendingMediumCents};
    case Measure::Frequency:
        return {frequencyHigh, frequencyMedium};
    case Measure::Loyalty:
        break;
    }
    return {loyaltyHigh, loyaltyMedium};
}

Thresholds Thresholds::load(const Workspace &ws)
{
    Thresholds t;
    t.windowDays = tiers::windowDays.get(ws);
    t.spendingHighCents = tiers::spendingHighCents.get(ws);
    t.spendingMediumCents = tiers::spendingMediumCents.get(ws);
    t.frequencyHigh = tiers::frequencyHigh.get(ws);
    t.frequencyMedium = tiers::frequencyMedium.get(ws);
    t.loyaltyHigh = tiers::loyaltyHigh.get(ws);
    t.loyaltyMedium = tiers::loyaltyMedium.get(ws);
    return t;
}

QString Thresholds::problem() const
{
    if (windowDays < 1)
        return QCoreApplication::translate("siyu::tiers", "the window must be at least one day");
    if (spendingMediumCents > spendingHighCents || frequencyMedium > frequencyHigh ||
        loyaltyMedium > loyaltyHigh)
        return QCoreApplication::translate("siyu::tiers",
                                           "a medium threshold cannot be above its high one");
    if (loyaltyHigh > loyaltyPeriods)
        return QCoreApplication::translate("siyu::tiers", "loyalty counts at most %1 periods")
            .arg(loyaltyPeriods);
    return {};
}

Status Thresholds::save(Workspace &ws) const
{
    if (const QString text = problem(); !text.isEmpty())
        return makeError(text);
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    for (const Status &status :
         {tiers::windowDays.set(ws, windowDays),
          tiers::spendingHighCents.set(ws, spendingHighCents),
          tiers::spendingMediumCents.set(ws, spendingMediumCents),
          tiers::frequencyHigh.set(ws, frequencyHigh),
          tiers::frequencyMedium.set(ws, frequencyMedium), tiers::loyaltyHigh.set(ws, loyaltyHigh),
          tiers::loyaltyMedium.set(ws, loyaltyMedium)}) {
        if (!status)
            return status;
    }
    return transaction.commit();
}

Level levelOf(qint64 value, qint64 high, qint64 medium)
{
    if (value >= high)
        return Level::High;
    return value >= medium ? Level::Medium : Level::Low;
}

Level levelOf(qint64 value, const Bounds &bounds)
{
    return levelOf(value, bounds.high, bounds.medium);
}

QString key(Level level)
{
    switch (level) {
    case Level::High:
        return QStringLiteral("high");
    case Level::Medium:
        return QStringLiteral("medium");
    case Level::Low:
        break;
    }
    return QStringLiteral("low");
}

QString key(Measure measure)
{
    switch (measure) {
    case Measure::Spending:
        return QStringLiteral("spending");
    case Measure::Frequency:
        return QStringLiteral("frequency");
    case Measure::Loyalty:
        break;
    }
    return QStringLiteral("loyalty");
}

QStringList measureKeys()
{
    return {key(Measure::Spending), key(Measure::Frequency), key(Measure::Loyalty)};
}

QStringList levelKeys()
{
    return {key(Level::High), key(Level::Medium), key(Level::Low)};
}

std::optional<Measure> measureFromKey(const QString &name)
{
    for (Measure measure : {Measure::Spending, Measure::Frequency, Measure::Loyalty}) {
        if (key(measure) == name)
            return measure;
    }
    return std::nullopt;
}

std::optional<Level> levelFromKey(const QString &name)
{
    for (Level level : {Level::High, Level::Medium, Level::Low}) {
        if (key(level) == name)
            return level;
    }
    return std::nullopt;
}

QString title(Level level)
{
    switch (level) {
    case Level::High:
        return QCoreApplication::translate("siyu::tiers", "High");
    case Level::Medium:
        return QCoreApplication::translate("siyu::tiers", "Medium");
    case Level::Low:
        break;
    }
    return QCoreApplication::translate("siyu::tiers", "Low");
}

Result<std::vector<MemberTiers>> compute(Workspace &ws, qint64 asOf, const Thresholds &t)
{
    Accumulator accumulator(asOf, t);
    if (Status status = accumulator.loadMembers(ws); !status)
        return status.error();
    Statement orders(ws.handle(), "SELECT member_ref, paid_at, amount_cents FROM orders "
                                  "WHERE refunded = 0 AND paid_at >= ?1 AND paid_at < ?2");
    Statement events(ws.handle(), "SELECT member_ref, occurred_at FROM events "
                                  "WHERE occurred_at >= ?1 AND occurred_at < ?2");
    for (const Statement *statement : {&orders, &events}) {
        if (!statement->isValid())
            return statement->prepareError();
    }
    orders.bind(1, accumulator.earliest());
    orders.bind(2, asOf);
    while (orders.step())
        accumulator.order(orders.int64(0), orders.int64(1), orders.int64(2));
    events.bind(1, accumulator.loyaltyStart());
    events.bind(2, asOf);
    while (events.step())
        accumulator.event(events.int64(0), events.int64(1));
    return accumulator.finish(t);
}

// Spending and frequency over [as_of - window, as_of); loyalty counts the distinct periods
// k = (as_of - at - 1) / period of the events and paid orders in the twelve periods.
QString measureSql(Measure measure)
{
    if (measure == Measure::Loyalty)
        return QStringLiteral(
            "(SELECT count(DISTINCT (? - a.at - 1) / ?) FROM ("
            "SELECT o.paid_at AS at FROM orders o WHERE o.member_ref = m.id AND o.refunded = 0 "
            "AND o.paid_at >= ? AND o.paid_at < ? UNION ALL SELECT e.occurred_at FROM events e "
            "WHERE e.member_ref = m.id AND e.occurred_at >= ? AND e.occurred_at < ?) a)");
    return QStringLiteral("(SELECT %1 FROM orders o WHERE o.member_ref = m.id AND o.refunded = 0 "
                          "AND o.paid_at >= ? AND o.paid_at < ?)")
        .arg(measure == Measure::Spending ? QStringLiteral("coalesce(sum(o.amount_cents), 0)")
                                          : QStringLiteral("count(*)"));
}

QVariantList measureBinds(Measure measure, qint64 asOf, const Thresholds &t)
{
    if (measure == Measure::Loyalty) {
        const qint64 start = asOf - loyaltyPeriods * periodSeconds;
        return {asOf, periodSeconds, start, asOf, start, asOf};
    }
    return {asOf - qint64(t.windowDays) * secondsPerDay, asOf};
}

} // namespace siyu::tiers
