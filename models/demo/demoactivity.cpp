// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demoactivity.h"

#include <QStringBuilder>
#include <algorithm>

namespace siyu::demo {

namespace {

constexpr int typeCount = int(EventType::Count);

const char *const typeNames[typeCount] = {
    "message", "read",      "like",         "comment",       "share",  "click",
    "checkin", "live_view", "coupon_claim", "coupon_redeem", "invite", "survey",
};

// Per profile: events per week while active, the share of members who buy at all, their
// orders per week, and how much activity fades by the end of the window. Calibrated for about
// 10 events and 5 orders per member over the 26 weeks, most orders from a loyal few.
// Of the others, some buy exactly once.
struct Rates
{
    double eventsPerWeek;
    double buyers;
    double ordersPerWeek;
    double oneTime;
    double decay;
};
constexpr Rates profileRates[] = {
    {1.9, 0.95, 1.8, 0.0, 0.0},   // engaged
    {0.65, 0.42, 0.5, 0.3, 0.0},  // regular
    {0.9, 0.45, 0.5, 0.35, 0.85}, // drifting
    {0.8, 0.45, 0.5, 0.3, 0.3},   // churned (until they stop)
    {0.1, 0.1, 0.1, 0.2, 0.0},    // lurker
    {0.0, 0.0, 0.0, 0.0, 0.0},    // silent
};

// Mix of what active members and lurkers do (indexed by EventType). Likes, comments, shares
// and clicks are not drawn here: they follow reads (see Reactions), so that no content item has
// more of them than reads.
constexpr double activeMix[typeCount] = {34, 40, 0, 0, 0, 0, 5, 4, 3, 0, 0, 2};
constexpr double lurkerMix[typeCount] = {3, 65, 0, 0, 0, 0, 2, 12, 8, 0, 0, 0};

// What one read leads to: at most one of like, comment or share (so likes + comments + shares
// never exceed reads, and the interaction rate stays at or under 100 %), and a click or not.
struct Reactions
{
    double like;
    double comment;
    double share;
    double click;
};
constexpr Reactions activeReactions{0.10, 0.035, 0.03, 0.12};
constexpr Reactions lurkerReactions{0.06, 0.0, 0.0, 0.10};

const std::vector<int> surveyScores{3, 5, 12, 35, 45};
const std::vector<int> itemCounts{55, 25, 12, 5, 3};
const std::vector<int> unitPrices{5900, 8900, 12900, 15900, 19900, 25900, 32900, 45900};
const std::vector<int> unitPriceWeights{10, 18, 22, 16, 14, 10, 6, 4};
const char *const channels[] = {"mini_program", "shop", "live_stream", "wecom", "offline_store"};

bool isRelevant(CampaignType campaign, EventType type)
{
    switch (campaign) {
    case CampaignType::Fission:
        return type == EventType::Share || type == EventType::Invite;
    case CampaignType::Kol:
        return type == EventType::Read || type == EventType::Like || type == EventType::Share;
    case CampaignType::CheckinChallenge:
        return type == EventType::Checkin;
    case CampaignType::Coupon:
    case CampaignType::MemberDay:
    case CampaignType::Recall:
    case CampaignType::GroupBuy:
        return type == EventType::CouponClaim || type == EventType::CouponRedeem;
    case CampaignType::LiveStream:
        return type == EventType::LiveView;
    case CampaignType::LuckyDraw:
        return type == EventType::Share || type == EventType::Like || type == EventType::Comment;
    }
    return false;
}

void boostMix(CampaignType campaign, double *mix)
{
    auto at = [mix](EventType type) -> double & {
        return mix[int(type)];
    };
    switch (campaign) {
    case CampaignType::Fission: // shares: see boostReactions
        break;
    case CampaignType::Kol:
        at(EventType::Read) *= 1.3;
        break;
    case CampaignType::CheckinChallenge:
        at(EventType::Checkin) *= 5;
        break;
    case CampaignType::Coupon:
    case CampaignType::MemberDay:
    case CampaignType::Recall:
        at(EventType::CouponClaim) *= 3;
        break;
    case CampaignType::GroupBuy:
        at(EventType::CouponClaim) *= 1.5;
        break;
    case CampaignType::LiveStream:
        at(EventType::LiveView) *= 3;
        break;
    case CampaignType::LuckyDraw:
        at(EventType::Read) *= 1.2;
        break;
    }
}

// Campaigns make some reactions likelier; the three interactions together stay below one.
void boostReactions(CampaignType campaign, Reactions &r)
{
    switch (campaign) {
    case CampaignType::Fission:
        r.share *= 2;
        break;
    case CampaignType::GroupBuy:
        r.share *= 1.5;
        r.click *= 1.5;
        break;
    case CampaignType::LuckyDraw:
        r.share *= 2;
        r.comment *= 2;
        break;
    default:
        break;
    }
    const double interactions = r.like + r.comment + r.share;
    if (interactions > 0.9) {
        r.like *= 0.9 / interactions;
        r.comment *= 0.9 / interactions;
        r.share *= 0.9 / interactions;
    }
    r.click = std::min(r.click, 0.9);
}

int countFor(Rng &rng, double perWeek, qint64 from, qint64 to)
{
    const double weeks = double(to - from) / double(week);
    return weeks <= 0 ? 0 : int(perWeek * weeks * rng.spread() + rng.real());
}

bool earlier(const EventRow &a, const EventRow &b)
{
    if (a.at != b.at)
        return a.at < b.at;
    if (a.type != b.type)
        return a.type < b.type;
    if (a.contentRef != b.contentRef)
        return a.contentRef < b.contentRef;
    return a.groupRef < b.groupRef;
}

} // namespace

const char *eventTypeName(EventType type)
{
    return typeNames[int(type)];
}

ActivityGenerator::ActivityGenerator(DemoCalendar &calendar) : m_calendar(calendar) {}

void ActivityGenerator::generate(Rng &rng, const MemberActivity &member,
                                 std::vector<EventRow> &events, std::vector<OrderRow> &orders)
{
    const Rates &rates = profileRates[int(member.profile)];
    const int eventCount = countFor(rng, rates.eventsPerWeek, member.from, member.to);
    for (int i = 0; i < eventCount; ++i) {
        EventRow event;
        event.at = m_calendar.sample(rng, Flow::Events, member.from, member.to, rates.decay);
        event.type = pickType(rng, member.profile, event.at);
        if (!placeEvent(rng, member, event))
            continue;
        events.push_back(event);
        if (event.type == EventType::CouponClaim && rng.chance(0.35))
            addRedeem(rng, member, event, events);
        if (event.type == EventType::Read && event.contentRef != 0)
            addReactions(rng, member, event, events);
    }
    std::sort(events.begin(), events.end(), earlier);
    for (const EventRow &event : events)
        count(event);
    std::vector<quint8> credited(events.size(), 0);

    int orderCount = 0;
    if (rng.chance(rates.buyers))
        orderCount = countFor(rng, rates.ordersPerWeek, member.from, member.to);
    else if (rng.chance(rates.oneTime))
        orderCount = 1;
    for (int i = 0; i < orderCount; ++i) {
        OrderRow order = makeOrder(
            rng, m_calendar.sample(rng, Flow::Orders, member.from, member.to, rates.decay));
        creditConversion(rng, events, credited, order);
        orders.push_back(order);
    }
    std::sort(orders.begin(), orders.end(),
              [](const OrderRow &a, const OrderRow &b) { return a.at < b.at; });
}

EventType ActivityGenerator::pickType(Rng &rng, Profile profile, qint64 at) const
{
    double mix[typeCount];
    std::copy_n(profile == Profile::Lurker ? lurkerMix : activeMix, typeCount, mix);
    const auto &campaigns = m_calendar.campaigns();
    for (int c : m_calendar.campaignsAt(at))
        boostMix(campaigns[size_t(c)].kind, mix);
    double total = 0;
    for (double w : mix)
        total += w;
    double r = rng.real() * total;
    for (int i = 0; i < typeCount; ++i) {
        if (r < mix[i])
            return EventType(i);
        r -= mix[i];
    }
    return EventType::Read;
}

int ActivityGenerator::activeGroupAt(Rng &rng, const MemberActivity &member, qint64 at) const
{
    int candidates[8];
    int n = 0;
    for (const MembershipPlan &m : *member.memberships) {
        if (m.joinedAt <= at && (m.leftAt == 0 || at < m.leftAt) && n < 8)
            candidates[n++] = m.groupIndex;
    }
    return n == 0 ? -1 : candidates[rng.below(n)];
}

bool ActivityGenerator::placeEvent(Rng &rng, const MemberActivity &member, EventRow &event)
{
    if (event.type == EventType::LiveView) {
        const int live = m_calendar.liveStreamIn(rng, std::max(member.from, event.at - 3 * day),
                                                 std::min(member.to, event.at + 3 * day));
        if (live >= 0) {
            const ContentPlan &c = m_calendar.content()[size_t(live)];
            event.at = c.scheduledAt + rng.between(0, 90 * 60);
            event.contentRef = c.ref;
        } else {
            event.type = EventType::Read;
        }
    }
    if (event.type == EventType::Message) {
        const int group = activeGroupAt(rng, member, event.at);
        if (group >= 0)
            event.groupRef = group + 1;
        else
            event.type = EventType::Read;
    }
    switch (event.type) {
    case EventType::Read:
    case EventType::Like:
    case EventType::Comment:
    case EventType::Share:
    case EventType::Click: {
        const int content = m_calendar.recentContent(rng, event.at);
        if (content < 0)
            event.type = EventType::Checkin;
        else
            event.contentRef = content + 1;
        break;
    }
    case EventType::Survey:
        event.value = 1 + rng.weighted(surveyScores);
        break;
    default:
        break;
    }
    event.campaignRef = campaignFor(rng, event.type, event.at);
    return true;
}

int ActivityGenerator::campaignFor(Rng &rng, EventType type, qint64 at) const
{
    const auto &campaigns = m_calendar.campaigns();
    for (int c : m_calendar.campaignsAt(at)) {
        const CampaignPlan &plan = campaigns[size_t(c)];
        if (rng.chance(isRelevant(plan.kind, type) ? 0.6 : 0.03))
            return plan.ref;
    }
    return 0;
}

void ActivityGenerator::addReactions(Rng &rng, const MemberActivity &member, const EventRow &read,
                                     std::vector<EventRow> &events) const
{
    Reactions chances = member.profile == Profile::Lurker ? lurkerReactions : activeReactions;
    const auto &campaigns = m_calendar.campaigns();
    for (int c : m_calendar.campaignsAt(read.at))
        boostReactions(campaigns[size_t(c)].kind, chances);
    const auto react = [&](EventType type) {
        EventRow reaction;
        reaction.at = read.at + rng.between(20, 2 * 3600);
        if (reaction.at >= member.to)
            return;
        reaction.type = type;
        reaction.contentRef = read.contentRef;
        reaction.campaignRef = campaignFor(rng, type, reaction.at);
        events.push_back(reaction);
    };
    const double r = rng.real();
    if (r < chances.like)
        react(EventType::Like);
    else if (r < chances.like + chances.comment)
        react(EventType::Comment);
    else if (r < chances.like + chances.comment + chances.share)
        react(EventType::Share);
    if (rng.chance(chances.click))
        react(EventType::Click);
}

void ActivityGenerator::addRedeem(Rng &rng, const MemberActivity &member, const EventRow &claim,
                                  std::vector<EventRow> &events) const
{
    const qint64 at = claim.at + rng.between(3600, 7 * day);
    if (at >= member.to)
        return;
    EventRow redeem;
    redeem.at = at;
    redeem.type = EventType::CouponRedeem;
    redeem.campaignRef = claim.campaignRef;
    events.push_back(redeem);
}

OrderRow ActivityGenerator::makeOrder(Rng &rng, qint64 at) const
{
    OrderRow order;
    order.at = at;
    order.items = 1 + rng.weighted(itemCounts);
    qint64 cents = qint64(unitPrices[size_t(rng.weighted(unitPriceWeights))]) * order.items;
    std::vector<int> channelWeights{40, 20, 12, 20, 8};
    const auto &campaigns = m_calendar.campaigns();
    bool discounted = false;
    for (int c : m_calendar.campaignsAt(at)) {
        const CampaignPlan &plan = campaigns[size_t(c)];
        discounted = discounted || plan.orderBoost > 1.0;
        if (plan.kind == CampaignType::LiveStream)
            channelWeights[2] = 60;
        if (order.campaignRef == 0 && rng.chance(plan.orderAttribution))
            order.campaignRef = plan.ref;
    }
    if (discounted)
        cents = cents * (100 - 10 - rng.below(16)) / 100;
    order.cents = cents;
    order.channel = channels[rng.weighted(channelWeights)];
    order.refunded = rng.chance(0.05);
    return order;
}

void ActivityGenerator::creditConversion(Rng &rng, const std::vector<EventRow> &events,
                                         std::vector<quint8> &credited, OrderRow &order)
{
    // The click on content that led to this order: the member's last click in the 72 hours
    // before paying not yet credited with an order, so that no item has more conversions than
    // clicks.
    auto it = std::upper_bound(events.begin(), events.end(), order.at,
                               [](qint64 at, const EventRow &e) { return at < e.at; });
    while (it != events.begin()) {
        --it;
        if (it->at < order.at - 3 * day)
            return;
        if (it->type != EventType::Click || credited[size_t(it - events.begin())])
            continue;
        credited[size_t(it - events.begin())] = 1;
        ContentPlan &content = m_calendar.content()[size_t(it->contentRef - 1)];
        ++content.conversions;
        if (order.campaignRef == 0 && content.campaignRef != 0 && rng.chance(0.5))
            order.campaignRef = content.campaignRef;
        return;
    }
}

void ActivityGenerator::count(const EventRow &event)
{
    if (event.contentRef == 0)
        return;
    ContentPlan &c = m_calendar.content()[size_t(event.contentRef - 1)];
    switch (event.type) {
    case EventType::Read:
        ++c.reads;
        break;
    case EventType::Like:
        ++c.likes;
        break;
    case EventType::Comment:
        ++c.comments;
        break;
    case EventType::Share:
        ++c.shares;
        break;
    case EventType::Click:
        ++c.clicks;
        break;
    default:
        break;
    }
}

} // namespace siyu::demo
