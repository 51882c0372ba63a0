// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/demo/rng.h"

#include <QByteArray>
#include <QStringBuilder>

#include <array>
#include <vector>

namespace siyu::demo {

// The demo lives in Asia/Shanghai, which has had no daylight saving since 1991: local time is
// UTC+8 all year, so weekdays and hours are plain arithmetic here.
constexpr qint64 localOffset = 8 * 3600;
constexpr qint64 day = 86400;
constexpr qint64 week = 7 * day;
constexpr int periodWeeks = 26;

inline qint64 localDayOf(qint64 t)
{
    const qint64 local = t + localOffset;
    return local >= 0 ? local / day : (local - day + 1) / day;
}
inline qint64 localMidnight(qint64 localDay)
{
    return localDay * day - localOffset;
}
// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
inline int weekdayOf(qint64 localDay)
{
    return int(((localDay + 3) % 7 + 7) % 7);
}

enum class CampaignType
{
    Fission,
    Kol,
    CheckinChallenge,
    Coupon,
    GroupBuy,
    LiveStream,
    MemberDay,
    Recall,
    LuckyDraw
};

struct CampaignPlan
{
    int ref = 0; // row id
    QByteArray campaignId;
    QByteArray name;
    QByteArray objective;
    QByteArray type;
    CampaignType kind = CampaignType::Fission;
    qint64 start = 0;
    qint64 end = 0; // exclusive
    qint64 budgetCents = 0;
    QByteArray targetSegment;
    double joinBoost = 1;
    double eventBoost = 1;
    double orderBoost = 1;
    double orderAttribution = 0; // share of its orders that name it
};

struct ContentPlan
{
    int ref = 0;
    QByteArray contentId;
    QByteArray title;
    QByteArray kind;
    QByteArray channel;
    int groupRef = 0; // 0: none
    qint64 scheduledAt = 0;
    QByteArray status;
    int campaignRef = 0;
    QByteArray owner;
    QByteArray targetStage;
    bool isLive = false;
    qint64 reads = 0, likes = 0, comments = 0, shares = 0, clicks = 0, conversions = 0;
};

// What changes the weight of a moment: joins, activity or orders.
enum class Flow
{
    Joins,
    Events,
    Orders
};

// The demo's time line: the 26 weeks before `now`, the campaigns and the content calendar, and
// weighted sampling of moments in it (weekday and hour patterns, campaign peaks, growth).
class DemoCalendar
{
public:
    // `members`: the size of the brand; campaign budgets grow with it.
    DemoCalendar(qint64 now, quint64 seed, const std::vector<QByteArray> &staffNames, int members);

    qint64 start() const { return m_start; }
    qint64 end() const { return m_end; }

    // A moment in [from, to) drawn with the flow's weights; `decay` > 0 makes later moments
    // rarer (linearly down to 1 - decay at `to`).
    qint64 sample(Rng &rng, Flow flow, qint64 from, qint64 to, double decay = 0) const;

    const std::vector<CampaignPlan> &campaigns() const { return m_campaigns; }
    // Campaigns running at `t` (indexes into campaigns()).
    const std::vector<int> &campaignsAt(qint64 t) const;

    std::vector<ContentPlan> &content() { return m_content; }
    const std::vector<ContentPlan> &content() const { return m_content; }
    // A published content item a member could react to at `t` (recent ones more likely), or -1.
    int recentContent(Rng &rng, qint64 t) const;
    // A live stream that started in [from, to), or -1.
    int liveStreamIn(Rng &rng, qint64 from, qint64 to) const;

    // Attach content items to groups once the groups exist (announcements, Q&A).
    void assignContentGroups(Rng &rng, const std::vector<int> &chatGroupRefs);

private:
    void planCampaigns(int members);
    void planContent(quint64 seed, const std::vector<QByteArray> &staffNames);
    int dayIndex(qint64 t) const;
    double dayWeight(Flow flow, qint64 localDay) const;

    qint64 m_now;
    qint64 m_start;
    qint64 m_end;
    qint64 m_firstDay; // local day of m_start
    int m_days;
    std::vector<CampaignPlan> m_campaigns;
    std::vector<std::vector<int>> m_campaignsByDay;
    std::vector<std::array<double, 3>> m_boostByDay;
    std::vector<ContentPlan> m_content;
    std::vector<qint64> m_publishedTimes; // scheduled_at of published items, ascending
    std::vector<int> m_published;         // their indexes in m_content
    std::vector<qint64> m_liveTimes;
    std::vector<int> m_live;
    double m_maxDayWeight[3] = {1, 1, 1};
    std::array<WeightedTable, 3> m_hours;
};

} // namespace siyu::demo
