// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/demo/democalendar.h"
#include "models/demo/demogroups.h"
#include "models/demo/demopeople.h"

#include <vector>

namespace siyu::demo {

// Event types as the schema spells them; EventType indexes eventTypeNames().
enum class EventType : quint8
{
    Message,
    Read,
    Like,
    Comment,
    Share,
    Click,
    Checkin,
    LiveView,
    CouponClaim,
    CouponRedeem,
    Invite,
    Survey,
    Count
};
const char *eventTypeName(EventType type);

struct EventRow
{
    qint64 at = 0;
    EventType type = EventType::Read;
    int groupRef = 0;    // 0: none
    int contentRef = 0;  // 0: none
    int campaignRef = 0; // 0: none
    int value = 0;       // survey score 1–5; 0: none
};

struct OrderRow
{
    qint64 at = 0;
    qint64 cents = 0;
    int items = 1;
    const char *channel = "";
    int campaignRef = 0;
    bool refunded = false;
};

// Everything the activity of one member depends on.
struct MemberActivity
{
    Profile profile = Profile::Regular;
    qint64 from = 0; // first moment they may act
    qint64 to = 0;   // they act no more from here on
    const std::vector<MembershipPlan> *memberships = nullptr;
};

// Draws one member's events and orders over their active window: how many from their profile,
// when from the calendar (weekday, hour, campaign peaks), which group, content and campaign
// they concern. Counts the reactions and conversions on the content items as it goes, so the
// content metrics agree with the events.
class ActivityGenerator
{
public:
    explicit ActivityGenerator(DemoCalendar &calendar);

    void generate(Rng &rng, const MemberActivity &member, std::vector<EventRow> &events,
                  std::vector<OrderRow> &orders);

private:
    EventType pickType(Rng &rng, Profile profile, qint64 at) const;
    bool placeEvent(Rng &rng, const MemberActivity &member, EventRow &event);
    int activeGroupAt(Rng &rng, const MemberActivity &member, qint64 at) const;
    int campaignFor(Rng &rng, EventType type, qint64 at) const;
    // Likes, comments, shares and clicks that follow a read of a content item.
    void addReactions(Rng &rng, const MemberActivity &member, const EventRow &read,
                      std::vector<EventRow> &events) const;
    void addRedeem(Rng &rng, const MemberActivity &member, const EventRow &claim,
                   std::vector<EventRow> &events) const;
    OrderRow makeOrder(Rng &rng, qint64 at) const;
    void creditConversion(Rng &rng, const std::vector<EventRow> &events,
                          std::vector<quint8> &credited, OrderRow &order);
    void count(const EventRow &event);

    DemoCalendar &m_calendar;
};

} // namespace siyu::demo
