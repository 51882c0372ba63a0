// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/stagetimeline.h"

#include <QString>

#include <algorithm>
#include <limits>

namespace siyu::lifecycle {

namespace {

constexpr const char *keys[] = {"awareness", "interest", "purchase", "loyalty", "churn"};
constexpr qint64 never = std::numeric_limits<qint64>::max();

// Walks the member's touches in time order; between two touches the stage can change only by
// time passing, at the last paid order + churn and at the last touch + churn.
class Walk
{
public:
    Walk(const MemberTouches &touches, qint64 now, qint64 churnSeconds)
        : m_touches(touches), m_now(now), m_churn(churnSeconds), m_lastTouch(touches.joinedAt)
    {}

    // Walks on from the aggregates: the state after the last of the touches they sum up.
    Walk(const TouchAggregates &stored, const MemberTouches &later, qint64 now, qint64 churnSeconds)
        : m_touches(later), m_now(now), m_churn(churnSeconds), m_lastTouch(stored.lastTouch()),
          m_lastPaid(stored.lastOrderAt.value_or(0)), m_paidOrders(stored.paidOrders),
          m_active(stored.lastActiveAt.has_value())
    {
        m_out.lastActiveAt = stored.lastActiveAt;
        m_out.lastOrderAt = stored.lastOrderAt;
        m_out.paidCents = stored.paidCents;
    }

    ContinuedTimeline resume()
    {
        ContinuedTimeline out;
        out.atLastTouch = stageAt(m_lastTouch);
        // The stage at the last touch stands first, as record() compares with it; it is the
        // stored history's and leaves the changes again below.
        m_out.changes.push_back({m_lastTouch, out.atLastTouch});
        walkOn();
        m_out.stage = m_out.changes.back().stage;
        m_out.changes.erase(m_out.changes.begin());
        out.timeline = finish();
        return out;
    }

    StageTimeline run()
    {
        const qint64 joined = m_touches.joinedAt;
        absorbUpTo(std::min(joined, m_now));
        if (joined > m_now) {
            m_out.stage = stageAt(m_now);
            return finish();
        }
        record(joined);
        walkOn();
        m_out.stage = m_out.changes.back().stage;
        return finish();
    }

private:
    // From the state after a touch (or joining), every change up to `now`.
    void walkOn()
    {
        for (;;) {
            const qint64 next = nextTouch();
            if (m_paidOrders >= 2)
                recordTimed(m_lastPaid + m_churn, next);
            recordTimed(m_lastTouch + m_churn, next);
            if (next == never)
                break;
            absorbUpTo(next);
            record(next);
        }
    }

    StageCode stageAt(qint64 at) const
    {
        if (at - m_lastTouch >= m_churn)
            return StageCode::Churn;
        if (m_paidOrders >= 2 && at - m_lastPaid < m_churn)
            return StageCode::Loyalty;
        if (m_paidOrders >= 1)
            return StageCode::Purchase;
        if (m_active)
            return StageCode::Interest;
        return StageCode::Awareness;
    }

    void record(qint64 at)
    {
        const StageCode stage = stageAt(at);
        if (m_out.changes.empty() || m_out.changes.back().stage != stage)
            m_out.changes.push_back({at, stage});
    }

    // A change by time alone happens only if it comes before the next touch and by `now`.
    void recordTimed(qint64 at, qint64 nextTouch)
    {
        if (at < nextTouch && at <= m_now)
            record(at);
    }

    qint64 nextTouch() const
    {
        const qint64 event = m_event < m_touches.events.size() ? m_touches.events[m_event] : never;
        const qint64 order =
            m_order < m_touches.paidOrders.size() ? m_touches.paidOrders[m_order].first : never;
        const qint64 next = std::min(event, order);
        return next <= m_now ? next : never;
    }

    void absorbUpTo(qint64 at)
    {
        const auto &events = m_touches.events;
        for (; m_event < events.size() && events[m_event] <= at; ++m_event) {
            m_active = true;
            m_lastTouch = std::max(m_lastTouch, events[m_event]);
            m_out.lastActiveAt = events[m_event];
        }
        const auto &orders = m_touches.paidOrders;
        for (; m_order < orders.size() && orders[m_order].first <= at; ++m_order) {
            ++m_paidOrders;
            m_lastPaid = orders[m_order].first;
            m_lastTouch = std::max(m_lastTouch, m_lastPaid);
            m_out.paidCents += orders[m_order].second;
            m_out.lastOrderAt = m_lastPaid;
        }
    }

    StageTimeline finish()
    {
        m_out.paidOrders = m_paidOrders;
        return std::move(m_out);
    }

    const MemberTouches &m_touches;
    qint64 m_now;
    qint64 m_churn;
    qint64 m_lastTouch;
    qint64 m_lastPaid = 0;
    qint64 m_paidOrders = 0;
    bool m_active = false;
    size_t m_event = 0;
    size_t m_order = 0;
    StageTimeline m_out;
};

} // namespace

const char *stageKey(StageCode code)
{
    return keys[size_t(code)];
}

std::optional<StageCode> stageCode(QStringView key)
{
    for (size_t i = 0; i < std::size(keys); ++i) {
        if (key == QLatin1String(keys[i]))
            return StageCode(i);
    }
    return std::nullopt;
}

StageTimeline computeTimeline(const MemberTouches &touches, qint64 now, qint64 churnSeconds)
{
    return Walk(touches, now, churnSeconds).run();
}

ContinuedTimeline continueTimeline(const TouchAggregates &stored, const MemberTouches &later,
                                   qint64 now, qint64 churnSeconds)
{
    return Walk(stored, later, now, churnSeconds).resume();
}

} // namespace siyu::lifecycle
