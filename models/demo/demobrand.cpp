// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demobrand.h"

#include "models/demo/bulkload.h"
#include "models/demo/demoactivity.h"
#include "models/demo/demowriter.h"
#include "models/segments/lifecycle.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QStringBuilder>

#include <algorithm>

namespace siyu::demo {

namespace {

// Stream numbers: every kind of object draws from its own generator, keyed by its number.
enum Stream : quint64
{
    JoinStream = 1,
    MemberStream = 2,
    CostStream = 3,
    ContentGroupStream = 4,
};

const QString bulkTables[] = {QStringLiteral("events"),      QStringLiteral("orders"),
                              QStringLiteral("memberships"), QStringLiteral("identities"),
                              QStringLiteral("member_tags"), QStringLiteral("members")};

// Cost categories per campaign type, as percentages of the money spent.
struct CostShare
{
    const char *category;
    int percent;
};
std::vector<CostShare> costShares(CampaignType type)
{
    switch (type) {
    case CampaignType::Fission:
        return {{"ads", 20}, {"coupons", 40}, {"prizes", 25}, {"services", 15}};
    case CampaignType::Kol:
        return {{"kol_fees", 70}, {"content_production", 20}, {"ads", 10}};
    case CampaignType::CheckinChallenge:
        return {{"prizes", 60}, {"content_production", 20}, {"services", 20}};
    case CampaignType::Coupon:
        return {{"coupons", 80}, {"ads", 20}};
    case CampaignType::GroupBuy:
        return {{"coupons", 50}, {"ads", 35}, {"services", 15}};
    case CampaignType::LiveStream:
        return {{"kol_fees", 40}, {"content_production", 30}, {"ads", 30}};
    case CampaignType::MemberDay:
        return {{"coupons", 60}, {"prizes", 25}, {"content_production", 15}};
    case CampaignType::Recall:
        return {{"coupons", 60}, {"services", 40}};
    case CampaignType::LuckyDraw:
        return {{"prizes", 70}, {"ads", 30}};
    }
    return {};
}

// What a cost line of a big brand is about: an invoice, a weekly ad bill, a KOL's fee.
constexpr qint64 costLineCents = 500000;

Profile pickProfile(Rng &rng, bool olderBase)
{
    // engaged, regular, drifting, churned, lurker, silent
    static const std::vector<int> recent{11, 24, 20, 17, 20, 8};
    static const std::vector<int> older{10, 20, 18, 18, 16, 18};
    return Profile(rng.weighted(olderBase ? older : recent));
}

int groupsWanted(Rng &rng, Profile profile)
{
    switch (profile) {
    case Profile::Engaged:
        return 2 + rng.below(3);
    case Profile::Regular:
    case Profile::Drifting:
        return 1 + rng.below(2);
    case Profile::Churned:
        return rng.below(3);
    case Profile::Lurker:
        return rng.below(2);
    case Profile::Silent:
        return rng.chance(0.3) ? 1 : 0;
    }
    return 0;
}

class DemoBuilder
{
public:
    DemoBuilder(Workspace &ws, const DemoOptions &options, const std::function<bool(int)> &progress,
                BulkLoad &bulk)
        : m_ws(ws), m_options(options), m_progress(progress), m_bulk(bulk), m_writer(ws),
          m_calendar(options.now, options.seed, staffNames(), options.members),
          m_groups(options.seed, options.members, m_calendar.start(), options.now,
                   int(data::staff().size())),
          m_people(options.seed, options.now), m_activity(m_calendar)
    {}

    Status run()
    {
        if (Status status = m_writer.prepared(); !status)
            return status;
        if (Status status = settings::timeZone.set(m_ws, QStringLiteral("Asia/Shanghai")); !status)
            return status;
        if (Status status = m_bulk.suspend({std::begin(bulkTables), std::end(bulkTables)}); !status)
            return status;
        if (!writeStaffAndTags() || !writeCampaigns() || !writeGroups())
            return m_writer.error();
        if (Status status = writeMembers(); !status)
            return status;
        if (!writeContent() || !m_writer.flush())
            return m_writer.error();
        return finish();
    }

    const DemoSummary &summary() const { return m_summary; }

private:
    static std::vector<QByteArray> staffNames()
    {
        std::vector<QByteArray> names;
        for (const data::Staff &s : data::staff())
            names.push_back(s.name);
        return names;
    }

    bool report(int percent) { return !m_progress || m_progress(percent); }

    bool writeStaffAndTags()
    {
        const auto &staff = data::staff();
        for (int i = 0; i < int(staff.size()); ++i) {
            if (!m_writer.staff(i + 1, staff[size_t(i)].name,
                                m_calendar.start() - (400 - 30 * i) * day))
                return false;
        }
        const auto &tags = data::tags();
        for (int i = 0; i < int(tags.size()); ++i) {
            if (!m_writer.tag(i + 1, tags[size_t(i)].name))
                return false;
        }
        return true;
    }

    bool writeCampaigns()
    {
        for (const CampaignPlan &c : m_calendar.campaigns()) {
            ++m_summary.campaigns;
            if (!m_writer.campaign(c) || !writeCosts(c))
                return false;
        }
        return true;
    }

    // The money spent so far: 85–108 % of the budget over the whole campaign. Per category a
    // line a week or, for a big brand, lines of about costLineCents each (no more lines than
    // days), spread evenly over the days the campaign ran, so that the costs of a week follow
    // its campaigns.
    bool writeCosts(const CampaignPlan &c)
    {
        Rng rng(m_options.seed, CostStream, quint64(c.ref));
        const qint64 until = std::min(c.end, m_options.now);
        if (until <= c.start)
            return true;
        const qint64 spent =
            c.budgetCents * (85 + rng.below(24)) / 100 * (until - c.start) / (c.end - c.start);
        const qint64 days = std::max<qint64>(1, (until - c.start) / day);
        for (const CostShare &share : costShares(c.kind)) {
            const qint64 total = spent * share.percent / 100;
            const qint64 wanted = std::max((days + 6) / 7, total / costLineCents + rng.below(3));
            const int lines = int(std::clamp<qint64>(wanted, 1, days));
            const qint64 slice = (until - c.start) / lines;
            for (int i = 0; i < lines; ++i) {
                const qint64 cents = (total / lines) / 100 * 100;
                const qint64 from = c.start + slice * i;
                const qint64 at = localMidnight(localDayOf(rng.between(from, from + slice))) +
                                  (10 + rng.below(8)) * 3600;
                if (!m_writer.cost(c.ref, share.category, cents,
                                   std::clamp(at, c.start, until - 1)))
                    return false;
            }
        }
        return true;
    }

    bool writeGroups()
    {
        for (const GroupPlan &g : m_groups.groups()) {
            ++m_summary.groups;
            if (!m_writer.group(g))
                return false;
        }
        Rng rng(m_options.seed, ContentGroupStream, 0);
        m_calendar.assignContentGroups(rng, m_groups.chatGroupRefs());
        return true;
    }

    bool writeContent()
    {
        for (const ContentPlan &c : m_calendar.content()) {
            ++m_summary.content;
            if (!m_writer.content(c))
                return false;
        }
        return true;
    }

    // Join times, in order: a base that joined in the 18 months before the period, and the
    // rest over the 26 weeks, growing, with campaign peaks. Members are numbered in join order.
    void planJoins()
    {
        const qint64 start = m_calendar.start();
        m_joined.resize(size_t(m_options.members));
        for (int i = 0; i < m_options.members; ++i) {
            Rng rng(m_options.seed, JoinStream, quint64(i));
            m_joined[size_t(i)] =
                rng.chance(0.35) ? m_calendar.sample(rng, Flow::Joins, start - 540 * day, start)
                                 : m_calendar.sample(rng, Flow::Joins, start, m_options.now - 3600);
        }
        std::sort(m_joined.begin(), m_joined.end());
    }

    Status writeMembers()
    {
        planJoins();
        const int members = m_options.members;
        const int step = std::max(1, members / 100);
        for (int i = 0; i < members; ++i) {
            if (!writeMember(i))
                return m_writer.error();
            if (i % step == 0 && !report(2 + int(qint64(i) * 78 / members)))
                return makeError(QStringLiteral("cancelled"));
        }
        return {};
    }

    bool writeMember(int i)
    {
        Rng rng(m_options.seed, MemberStream, quint64(i));
        const qint64 joined = m_joined[size_t(i)];
        const qint64 from = std::max(joined, m_calendar.start());
        Profile profile = pickProfile(rng, joined < m_calendar.start());
        qint64 to = m_options.now;
        if (profile == Profile::Churned) {
            const qint64 latestStop = m_options.now - 61 * day;
            if (from + 7 * day < latestStop)
                to = rng.between(from + 7 * day, latestStop);
            else
                profile = Profile::Drifting;
        }
        Person person = m_people.make(rng, i, joined, profile);
        const qint64 ref = i + 1;
        const int referrer = pickReferrer(rng, i, person);
        if (!m_writer.member(ref, person, joined, referrer + 1))
            return false;
        ++m_summary.members;
        for (const Identity &identity : person.identities) {
            ++m_summary.identities;
            m_writer.identity(ref, identity);
        }
        for (int tag : person.tagIndexes) {
            if (!m_writer.memberTag(ref, tag + 1))
                return false;
        }
        planMemberships(rng, joined, profile, person.english, to);
        for (const MembershipPlan &m : m_memberships) {
            ++m_summary.memberships;
            m_writer.membership(m.groupIndex + 1, ref, m);
        }
        if (referrer >= 0 && !writeInvite(rng, referrer, joined))
            return false;
        m_events.clear();
        m_orders.clear();
        m_activity.generate(rng, {profile, from, to, &m_memberships}, m_events, m_orders);
        for (const EventRow &e : m_events) {
            if (!m_writer.event(ref, e))
                return false;
        }
        for (const OrderRow &o : m_orders) {
            if (!m_writer.order(ref, ++m_summary.orders, o))
                return false;
        }
        m_summary.events += qint64(m_events.size());
        if (profile == Profile::Engaged || profile == Profile::Regular)
            m_referrers.push_back(i);
        if (person.koc)
            m_kocs.push_back(i);
        return true;
    }

    // Who invited this member (an index), or -1. Referral sign-ups always have one; during a
    // fission campaign many more do. Referrers are earlier engaged or regular members, KOCs
    // most of all.
    int pickReferrer(Rng &rng, int i, Person &person)
    {
        const qint64 joined = m_joined[size_t(i)];
        bool wanted = person.source == "referral" || rng.chance(0.03);
        for (int c : m_calendar.campaignsAt(joined)) {
            if (m_calendar.campaigns()[size_t(c)].kind == CampaignType::Fission)
                wanted = wanted || rng.chance(0.3);
        }
        int referrer = -1;
        if (wanted && !m_referrers.empty()) {
            referrer =
                !m_kocs.empty() && rng.chance(0.5) ? rng.pick(m_kocs) : rng.pick(m_referrers);
            if (m_joined[size_t(referrer)] >= joined)
                referrer = -1;
        }
        if (referrer < 0 && person.source == "referral")
            person.source = person.english ? "discord" : "wecom";
        return referrer;
    }

    bool writeInvite(Rng &rng, int referrer, qint64 joined)
    {
        EventRow invite;
        invite.type = EventType::Invite;
        invite.at = joined - rng.between(600, 2 * day);
        if (invite.at < std::max(m_joined[size_t(referrer)], m_calendar.start()))
            return true;
        for (int c : m_calendar.campaignsAt(invite.at)) {
            const CampaignPlan &plan = m_calendar.campaigns()[size_t(c)];
            if (plan.kind == CampaignType::Fission && rng.chance(0.7))
                invite.campaignRef = plan.ref;
        }
        ++m_summary.events;
        return m_writer.event(referrer + 1, invite);
    }

    void planMemberships(Rng &rng, qint64 joined, Profile profile, bool international,
                         qint64 activeUntil)
    {
        m_memberships.clear();
        const int wanted = groupsWanted(rng, profile);
        for (int n = 0; n < wanted; ++n) {
            const int g = m_groups.take(rng, international, m_memberships);
            if (g < 0)
                break;
            GroupPlan &group = m_groups.groups()[size_t(g)];
            MembershipPlan m;
            m.groupIndex = g;
            m.joinedAt = std::max(joined, group.createdAt) + rng.between(600, 3 * day);
            if (m.joinedAt >= m_options.now)
                m.joinedAt = std::max(joined, group.createdAt);
            m.role = roleFor(rng, group, profile);
            planLeave(rng, m, profile, activeUntil);
            m_memberships.push_back(m);
        }
    }

    static const char *roleFor(Rng &rng, GroupPlan &group, Profile profile)
    {
        if (profile == Profile::Engaged && !group.hasOwner && rng.chance(0.05)) {
            group.hasOwner = true;
            return "owner";
        }
        if ((profile == Profile::Engaged || profile == Profile::Regular) && !group.hasAdmin) {
            group.hasAdmin = true;
            return "admin";
        }
        return "member";
    }

    void planLeave(Rng &rng, MembershipPlan &m, Profile profile, qint64 activeUntil)
    {
        qint64 left = 0;
        if (profile == Profile::Churned && rng.chance(0.35))
            left = activeUntil + rng.between(0, 20 * day);
        else if (rng.chance(0.06))
            left = rng.between(m.joinedAt + day, m_options.now);
        if (left > m.joinedAt && left < m_options.now)
            m.leftAt = left;
    }

    Status finish()
    {
        if (!report(80))
            return makeError(QStringLiteral("cancelled"));
        for (const QString &table : bulkTables) {
            if (table == QLatin1String("members"))
                continue;
            if (Status status = m_bulk.restore(table); !status)
                return status;
        }
        if (!report(88))
            return makeError(QStringLiteral("cancelled"));
        const auto lifecycleProgress = [this](int percent) {
            return report(88 + percent * 8 / 100);
        };
        if (Status status = lifecycle::recompute(m_ws, m_options.now, lifecycleProgress); !status)
            return status;
        if (!report(96))
            return makeError(QStringLiteral("cancelled"));
        if (Status status = m_bulk.restore(QStringLiteral("members")); !status)
            return status;
        return report(99) ? Status() : Status(makeError(QStringLiteral("cancelled")));
    }

    Workspace &m_ws;
    const DemoOptions &m_options;
    const std::function<bool(int)> &m_progress;
    BulkLoad &m_bulk;
    DemoWriter m_writer;
    DemoCalendar m_calendar;
    GroupPool m_groups;
    PersonFactory m_people;
    ActivityGenerator m_activity;
    DemoSummary m_summary;
    std::vector<qint64> m_joined;
    std::vector<int> m_referrers;
    std::vector<int> m_kocs;
    std::vector<MembershipPlan> m_memberships;
    std::vector<EventRow> m_events;
    std::vector<OrderRow> m_orders;
};

Result<qint64> existingMembers(Workspace &ws)
{
    auto count = sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM members"));
    if (!count)
        return count.error();
    return count->toLongLong();
}

} // namespace

Result<qint64> memberCount(Workspace &ws)
{
    return existingMembers(ws);
}

Status generate(Workspace &ws, const DemoOptions &options,
                const std::function<bool(int percent)> &progress, DemoSummary *summary)
{
    if (options.members < 1)
        return makeError(QStringLiteral("the demo needs at least one member"));
    const auto existing = existingMembers(ws);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(QCoreApplication::translate("siyu::demo",
                                                     "%1 is not empty (%2 members); the demo only "
                                                     "fills an empty workspace")
                             .arg(ws.path())
                             .arg(*existing));
    BulkLoad bulk(ws); // outlives the transaction: its pragmas apply outside one
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    DemoBuilder builder(ws, options, progress, bulk);
    if (Status status = builder.run(); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    ws.reloadSettings();
    if (summary)
        *summary = builder.summary();
    if (progress)
        progress(100);
    return {};
}

} // namespace siyu::demo
