// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/democalendar.h"

#include "models/demo/demodata.h"

#include <algorithm>

namespace siyu::demo {

namespace {

// Relative activity by weekday (Monday first) and by local hour, per flow.
constexpr double weekdayWeights[3][7] = {
    {1.00, 1.00, 1.00, 1.00, 1.05, 1.15, 1.10}, // joins
    {0.90, 0.92, 0.95, 1.00, 1.08, 1.20, 1.15}, // events
    {0.90, 0.88, 0.92, 1.00, 1.10, 1.25, 1.18}, // orders
};
const std::vector<int> hourWeights[3] = {
    {2, 1, 1, 1, 1, 2, 4, 8, 14, 16, 15, 14, 15, 14, 13, 13, 12, 12, 12, 13, 14, 12, 8, 4},
    {3, 2, 1, 1, 1, 2, 4, 8, 12, 12, 11, 12, 16, 14, 10, 10, 10, 11, 12, 15, 20, 22, 18, 9},
    {4, 2, 1, 1, 1, 1, 2, 4, 7, 9, 10, 11, 14, 12, 9, 9, 9, 10, 12, 15, 22, 24, 20, 10},
};

struct CampaignSeed
{
    const char *name;
    const char *objective;
    const char *type;
    CampaignType kind;
    int offsetDays;
    int lengthDays;
    qint64 budgetYuan;
    const char *target;
    double joinBoost, eventBoost, orderBoost, attribution;
};

const CampaignSeed campaignSeeds[] = {
    {"春季老带新裂变", "acquisition", "fission", CampaignType::Fission, 10, 28, 20000,
     R"({"field":"stage","op":"in","value":["purchase","loyalty"]})", 1.8, 1.1, 1.0, 0.10},
    {"KOL 种草 · 小红书合作", "awareness", "kol", CampaignType::Kol, 28, 35, 40000,
     R"({"field":"stage","op":"=","value":"awareness"})", 1.4, 1.0, 1.05, 0.05},
    {"21 天打卡挑战", "activation", "checkin_challenge", CampaignType::CheckinChallenge, 49, 21,
     8000, R"({"field":"stage","op":"in","value":["awareness","interest"]})", 1.0, 1.3, 1.0, 0},
    {"满减券季", "conversion", "coupon", CampaignType::Coupon, 63, 21, 40000,
     R"({"field":"stage","op":"=","value":"interest"})", 1.0, 1.05, 1.3, 0.35},
    {"618 拼团节", "conversion", "group_buy", CampaignType::GroupBuy, 84, 14, 60000,
     R"({"any":[{"field":"stage","op":"=","value":"purchase"},{"tag":"团购团长"}]})", 1.1, 1.1, 2.0,
     0.5},
    {"新品直播周", "conversion", "live_stream", CampaignType::LiveStream, 105, 10, 30000,
     R"({"tag":"直播粉"})", 1.0, 1.2, 1.5, 0.45},
    {"会员日专享", "retention", "member_day", CampaignType::MemberDay, 126, 7, 28000,
     R"({"field":"stage","op":"=","value":"loyalty"})", 1.0, 1.1, 1.7, 0.5},
    {"沉睡用户召回", "recall", "recall", CampaignType::Recall, 140, 28, 40000,
     R"({"field":"stage","op":"=","value":"churn"})", 1.0, 1.05, 1.1, 0.2},
    {"Qingyou Anniversary Lucky Draw 周年庆抽奖", "awareness", "lucky_draw",
     CampaignType::LuckyDraw, 165, 21, 18000, R"({"events":{"count":[">=",1],"within_days":30}})",
     1.2, 1.2, 1.0, 0.05},
};

constexpr int budgetMembers = 2000;

QByteArray padded(const char *prefix, qint64 number, int width)
{
    return QByteArray(prefix) + QByteArray::number(number).rightJustified(width, '0');
}

} // namespace

DemoCalendar::DemoCalendar(qint64 now, quint64 seed, const std::vector<QByteArray> &staffNames,
                           int members)
    : m_now(now), m_start(now - periodWeeks * week), m_end(now)
{
    m_firstDay = localDayOf(m_start);
    m_days = int(localDayOf(m_end) - m_firstDay) + 22; // room for plans past `now`
    m_campaignsByDay.assign(size_t(m_days), {});
    m_boostByDay.assign(size_t(m_days), {1.0, 1.0, 1.0});
    for (int flow = 0; flow < 3; ++flow)
        m_hours[size_t(flow)] = WeightedTable(hourWeights[flow]);
    planCampaigns(members);
    for (int flow = 0; flow < 3; ++flow) {
        double max = 0;
        for (qint64 d = m_firstDay; d < m_firstDay + m_days; ++d)
            max = std::max(max, dayWeight(Flow(flow), d));
        m_maxDayWeight[flow] = max;
    }
    planContent(seed, staffNames);
}

void DemoCalendar::planCampaigns(int members)
{
    // The budgets of the seeds are those of a brand of budgetMembers members; a brand of any
    // other size spends in proportion (whole yuan), so that its ROI stays what such campaigns
    // return rather than growing with the brand.
    const double scale = double(std::max(1, members)) / double(budgetMembers);
    int ref = 0;
    for (const CampaignSeed &s : campaignSeeds) {
        CampaignPlan c;
        c.ref = ++ref;
        c.campaignId = padded("CP", ref, 2);
        c.name = s.name;
        c.objective = s.objective;
        c.type = s.type;
        c.kind = s.kind;
        c.start = localMidnight(m_firstDay + s.offsetDays);
        c.end = localMidnight(m_firstDay + s.offsetDays + s.lengthDays);
        c.budgetCents = std::max<qint64>(100, qint64(double(s.budgetYuan) * scale + 0.5) * 100);
        c.targetSegment = s.target;
        c.joinBoost = s.joinBoost;
        c.eventBoost = s.eventBoost;
        c.orderBoost = s.orderBoost;
        c.orderAttribution = s.attribution;
        for (int d = s.offsetDays; d < s.offsetDays + s.lengthDays && d < m_days; ++d) {
            m_campaignsByDay[size_t(d)].push_back(int(m_campaigns.size()));
            auto &boost = m_boostByDay[size_t(d)];
            boost[0] *= s.joinBoost;
            boost[1] *= s.eventBoost;
            boost[2] *= s.orderBoost;
        }
        m_campaigns.push_back(c);
    }
}

int DemoCalendar::dayIndex(qint64 t) const
{
    const qint64 d = localDayOf(t) - m_firstDay;
    return d < 0 || d >= m_days ? -1 : int(d);
}

double DemoCalendar::dayWeight(Flow flow, qint64 localDay) const
{
    const int f = int(flow);
    double w = weekdayWeights[f][weekdayOf(localDay)];
    const qint64 d = localDay - m_firstDay;
    if (d < 0 || d >= m_days)
        return w * (flow == Flow::Joins ? 0.7 : 1.0);
    // Joins grow over the half year (0.7 → 1.3); activity and orders stay level.
    if (flow == Flow::Joins)
        w *= 0.7 + 0.6 * std::min(1.0, double(d) / double(periodWeeks * 7));
    return w * m_boostByDay[size_t(d)][size_t(f)];
}

qint64 DemoCalendar::sample(Rng &rng, Flow flow, qint64 from, qint64 to, double decay) const
{
    if (to <= from + 1)
        return from;
    const double span = double(to - from);
    const double max = m_maxDayWeight[int(flow)];
    for (int attempt = 0;; ++attempt) {
        const qint64 t = rng.between(from, to);
        const qint64 localDay = localDayOf(t);
        double w = dayWeight(flow, localDay);
        if (decay > 0)
            w *= 1.0 - decay * double(t - from) / span;
        if (attempt < 64 && rng.real() * max >= w)
            continue;
        const int hour = m_hours[size_t(flow)].sample(rng);
        const qint64 placed = localMidnight(localDay) + hour * 3600 + rng.between(0, 3600);
        if ((placed >= from && placed < to) || attempt >= 64 || to - from < 6 * 3600)
            return placed >= from && placed < to ? placed : t;
    }
}

const std::vector<int> &DemoCalendar::campaignsAt(qint64 t) const
{
    static const std::vector<int> none;
    const int d = dayIndex(t);
    return d < 0 ? none : m_campaignsByDay[size_t(d)];
}

void DemoCalendar::planContent(quint64 seed, const std::vector<QByteArray> &staffNames)
{
    Rng rng(seed, 0xC0, 0);
    const auto &kinds = data::contentKinds();
    const data::Picker<data::ContentKind> kindPicker(kinds);
    const qint64 firstMonday = m_firstDay - weekdayOf(m_firstDay);
    const qint64 lastDay = localDayOf(m_end) + 21;
    const int hours[] = {8, 12, 18, 20};
    const QByteArray stages[] = {"awareness", "interest", "purchase", "loyalty", "churn"};
    std::vector<ContentPlan> items;
    for (qint64 monday = firstMonday; monday < lastDay; monday += 7) {
        // The weekly live stream, Thursday 20:00, and 2–5 other pieces.
        std::vector<std::pair<qint64, int>> pieces;
        pieces.push_back({localMidnight(monday + 3) + 20 * 3600, 2});
        const int others = 2 + rng.below(4);
        for (int i = 0; i < others; ++i) {
            const qint64 d = monday + rng.below(7);
            const qint64 at = localMidnight(d) + hours[rng.below(4)] * 3600 + rng.below(2) * 1800;
            pieces.push_back({at, int(&kindPicker.pick(rng) - kinds.data())});
        }
        for (const auto &[at, kindIndex] : pieces) {
            if (at < m_start || localDayOf(at) >= lastDay)
                continue;
            const data::ContentKind &kind = kinds[size_t(kindIndex)];
            ContentPlan c;
            c.title = rng.pick(kind.titles);
            c.kind = kind.key;
            c.channel = kind.channel;
            c.scheduledAt = at;
            c.isLive = kindIndex == 2;
            c.owner = rng.pick(staffNames);
            if (!rng.chance(0.4))
                c.targetStage = stages[rng.below(5)];
            for (int campaign : campaignsAt(at)) {
                if (rng.chance(0.6))
                    c.campaignRef = m_campaigns[size_t(campaign)].ref;
            }
            items.push_back(c);
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const ContentPlan &a, const ContentPlan &b) {
        return a.scheduledAt < b.scheduledAt;
    });
    for (ContentPlan &c : items) {
        c.ref = int(m_content.size()) + 1;
        c.contentId = padded("CT", c.ref, 4);
        const qint64 age = m_now - c.scheduledAt;
        if (age > 0) {
            c.status = age > 14 * day && !rng.chance(0.08) ? "reviewed" : "published";
            m_publishedTimes.push_back(c.scheduledAt);
            m_published.push_back(c.ref - 1);
            if (c.isLive) {
                m_liveTimes.push_back(c.scheduledAt);
                m_live.push_back(c.ref - 1);
            }
        } else if (-age < 7 * day) {
            c.status = rng.chance(0.75) ? "scheduled" : "draft";
        } else if (-age < 14 * day) {
            c.status = rng.chance(0.5) ? "scheduled" : (rng.chance(0.6) ? "draft" : "idea");
        } else {
            c.status = rng.chance(0.6) ? "idea" : "draft";
        }
        m_content.push_back(c);
    }
}

void DemoCalendar::assignContentGroups(Rng &rng, const std::vector<int> &chatGroupRefs)
{
    if (chatGroupRefs.empty())
        return;
    for (ContentPlan &c : m_content) {
        if (c.kind == "group_announcement" || c.kind == "qa")
            c.groupRef = rng.pick(chatGroupRefs);
    }
}

int DemoCalendar::recentContent(Rng &rng, qint64 t) const
{
    const auto it = std::upper_bound(m_publishedTimes.begin(), m_publishedTimes.end(), t);
    const int newest = int(it - m_publishedTimes.begin()) - 1;
    if (newest < 0 || m_publishedTimes[size_t(newest)] < t - 21 * day)
        return -1;
    static const WeightedTable ageTable(std::vector<int>{8, 4, 2, 1, 1});
    int chosen = std::max(0, newest - ageTable.sample(rng));
    if (m_publishedTimes[size_t(chosen)] < t - 21 * day)
        chosen = newest;
    return m_published[size_t(chosen)];
}

int DemoCalendar::liveStreamIn(Rng &rng, qint64 from, qint64 to) const
{
    const auto low = std::lower_bound(m_liveTimes.begin(), m_liveTimes.end(), from);
    const auto high = std::lower_bound(m_liveTimes.begin(), m_liveTimes.end(), to - 2 * 3600);
    if (low >= high)
        return -1;
    const int offset = rng.below(int(high - low));
    return m_live[size_t(int(low - m_liveTimes.begin()) + offset)];
}

} // namespace siyu::demo
