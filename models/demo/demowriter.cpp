// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demowriter.h"

#include "models/store/workspace.h"

#include <QStringBuilder>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <tuple>

namespace siyu::demo {

namespace {

QByteArray raw(const char *text)
{
    return QByteArray::fromRawData(text, int(std::strlen(text)));
}

// Empty text and zero references are stored as NULL.
void bindText(Statement &s, int index, const QByteArray &text)
{
    if (text.isEmpty())
        s.bindNull(index);
    else
        s.bind(index, text);
}

void bindRef(Statement &s, int index, qint64 ref)
{
    if (ref <= 0)
        s.bindNull(index);
    else
        s.bind(index, ref);
}

} // namespace

DemoWriter::DemoWriter(Workspace &ws)
    : m_staff(ws.handle(), "INSERT INTO staff (id, name, created_at) VALUES (?, ?, ?)"),
      m_tag(ws.handle(), "INSERT INTO tags (id, name) VALUES (?, ?)"),
      m_campaign(ws.handle(),
                 "INSERT INTO campaigns (id, campaign_id, name, objective, type, start_at, end_at, "
                 "budget_cents, target_segment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_cost(ws.handle(), "INSERT INTO campaign_costs (campaign_ref, category, amount_cents, "
                          "incurred_at) VALUES (?, ?, ?, ?)"),
      m_group(ws.handle(),
              "INSERT INTO groups (id, group_id, name, platform, owner_ref, theme, created_at, "
              "member_cap, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active')"),
      m_content(ws.handle(),
                "INSERT INTO content (id, content_id, title, kind, channel, group_ref, "
                "scheduled_at, status, campaign_ref, owner, target_stage, reads, likes, comments, "
                "shares, clicks, conversions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?)"),
      m_member(ws.handle(),
               "INSERT INTO members (id, member_id, name, remark, gender, city, phone, email, "
               "source, referrer_ref, joined_at, staff_ref, stage, stage_since, consent, "
               "consent_at, consent_source, notes, custom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
               "?, ?, 'awareness', ?, ?, ?, ?, ?, ?)"),
      m_identity(ws.handle(), "INSERT INTO identities (member_ref, kind, value) VALUES (?, ?, ?)"),
      m_memberTag(ws.handle(), "INSERT INTO member_tags (member_ref, tag_ref) VALUES (?, ?)"),
      m_membership(ws.handle(), "INSERT INTO memberships (group_ref, member_ref, joined_at, "
                                "left_at, role) VALUES (?, ?, ?, ?, ?)"),
      m_event(ws.handle(),
              "INSERT INTO events (member_ref, type, occurred_at, group_ref, content_ref, "
              "campaign_ref, value) VALUES (?, ?, ?, ?, ?, ?, ?)"),
      m_order(ws.handle(),
              "INSERT INTO orders (order_id, member_ref, amount_cents, items, paid_at, channel, "
              "campaign_ref, refunded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
{
    for (int i = 0; i < int(EventType::Count); ++i)
        m_typeNames[size_t(i)] = raw(eventTypeName(EventType(i)));
}

Status DemoWriter::prepared() const
{
    for (const Statement *s :
         {&m_staff, &m_tag, &m_campaign, &m_cost, &m_group, &m_content, &m_member, &m_identity,
          &m_memberTag, &m_membership, &m_event, &m_order}) {
        if (!s->isValid())
            return s->prepareError();
    }
    return {};
}

bool DemoWriter::run(Statement &statement, const char *table)
{
    if (statement.exec())
        return true;
    m_error = makeError(QStringLiteral("writing the demo's %1 failed: %2")
                            .arg(QLatin1String(table), statement.errorMessage()));
    return false;
}

bool DemoWriter::staff(int ref, const QByteArray &name, qint64 createdAt)
{
    m_staff.bind(1, ref);
    m_staff.bind(2, name);
    m_staff.bind(3, createdAt);
    return run(m_staff, "staff");
}

bool DemoWriter::tag(int ref, const QByteArray &name)
{
    m_tag.bind(1, ref);
    m_tag.bind(2, name);
    return run(m_tag, "tags");
}

bool DemoWriter::campaign(const CampaignPlan &c)
{
    m_campaign.bind(1, c.ref);
    m_campaign.bind(2, c.campaignId);
    m_campaign.bind(3, c.name);
    m_campaign.bind(4, c.objective);
    m_campaign.bind(5, c.type);
    m_campaign.bind(6, c.start);
    m_campaign.bind(7, c.end);
    m_campaign.bind(8, c.budgetCents);
    bindText(m_campaign, 9, c.targetSegment);
    return run(m_campaign, "campaigns");
}

bool DemoWriter::cost(int campaignRef, const QByteArray &category, qint64 cents, qint64 at)
{
    m_cost.bind(1, campaignRef);
    m_cost.bind(2, category);
    m_cost.bind(3, cents);
    m_cost.bind(4, at);
    return run(m_cost, "campaign_costs");
}

bool DemoWriter::group(const GroupPlan &g)
{
    m_group.bind(1, g.ref);
    m_group.bind(2, g.groupId);
    m_group.bind(3, g.name);
    m_group.bind(4, g.platform);
    m_group.bind(5, g.ownerStaff + 1);
    m_group.bind(6, g.theme);
    m_group.bind(7, g.createdAt);
    bindRef(m_group, 8, g.cap);
    return run(m_group, "groups");
}

bool DemoWriter::content(const ContentPlan &c)
{
    m_content.bind(1, c.ref);
    m_content.bind(2, c.contentId);
    m_content.bind(3, c.title);
    m_content.bind(4, c.kind);
    m_content.bind(5, c.channel);
    bindRef(m_content, 6, c.groupRef);
    m_content.bind(7, c.scheduledAt);
    m_content.bind(8, c.status);
    bindRef(m_content, 9, c.campaignRef);
    bindText(m_content, 10, c.owner);
    bindText(m_content, 11, c.targetStage);
    const qint64 metrics[] = {c.reads, c.likes, c.comments, c.shares, c.clicks, c.conversions};
    for (int i = 0; i < 6; ++i)
        m_content.bind(12 + i, metrics[i]);
    return run(m_content, "content");
}

bool DemoWriter::member(qint64 ref, const Person &p, qint64 joinedAt, qint64 referrerRef)
{
    Statement &s = m_member;
    s.bind(1, ref);
    s.bind(2, p.memberId);
    s.bind(3, p.name);
    bindText(s, 4, p.remark);
    s.bind(5, QByteArray(1, p.gender));
    bindText(s, 6, p.city);
    bindText(s, 7, p.phone);
    bindText(s, 8, p.email);
    s.bind(9, p.source);
    bindRef(s, 10, referrerRef);
    s.bind(11, joinedAt);
    bindRef(s, 12, p.staffIndex + 1);
    s.bind(13, joinedAt);
    s.bind(14, p.consent);
    bindRef(s, 15, p.consentAt);
    bindText(s, 16, p.consentSource);
    bindText(s, 17, p.notes);
    bindText(s, 18, p.custom);
    return run(s, "members");
}

void DemoWriter::identity(qint64 memberRef, const Identity &identity)
{
    auto kind = std::find_if(m_kinds.begin(), m_kinds.end(), [&identity](const char *k) {
        return std::strcmp(k, identity.kind) == 0;
    });
    if (kind == m_kinds.end())
        kind = m_kinds.insert(m_kinds.end(), identity.kind);
    m_identities.push_back({qint32(memberRef), quint32(m_identityValues.size()),
                            quint16(identity.value.size()), quint8(kind - m_kinds.begin())});
    m_identityValues += identity.value;
}

bool DemoWriter::memberTag(qint64 memberRef, int tagRef)
{
    m_memberTag.bind(1, memberRef);
    m_memberTag.bind(2, tagRef);
    return run(m_memberTag, "member_tags");
}

void DemoWriter::membership(int groupRef, qint64 memberRef, const MembershipPlan &m)
{
    m_memberships.push_back({groupRef, qint32(memberRef), m.joinedAt, m.leftAt, m.role});
}

bool DemoWriter::flush()
{
    return flushIdentities() && flushMemberships();
}

bool DemoWriter::flushIdentities()
{
    const char *values = m_identityValues.constData();
    // SQLite's BINARY collation: bytes, then length.
    const auto byKey = [this, values](const IdentityRow &a, const IdentityRow &b) {
        if (a.kind != b.kind)
            return std::strcmp(m_kinds[a.kind], m_kinds[b.kind]) < 0;
        const int c =
            std::memcmp(values + a.offset, values + b.offset, std::min(a.length, b.length));
        return c != 0 ? c < 0 : a.length < b.length;
    };
    std::sort(m_identities.begin(), m_identities.end(), byKey);
    for (const IdentityRow &row : m_identities) {
        m_identity.bind(1, qint64(row.member));
        m_identity.bind(2, raw(m_kinds[row.kind]));
        m_identity.bind(3, QByteArray::fromRawData(values + row.offset, row.length));
        if (!run(m_identity, "identities"))
            return false;
    }
    m_identities = {};
    m_identityValues = {};
    return true;
}

bool DemoWriter::flushMemberships()
{
    std::sort(m_memberships.begin(), m_memberships.end(),
              [](const MembershipRow &a, const MembershipRow &b) {
                  return std::tie(a.group, a.member, a.joinedAt) <
                         std::tie(b.group, b.member, b.joinedAt);
              });
    for (const MembershipRow &row : m_memberships) {
        m_membership.bind(1, row.group);
        m_membership.bind(2, qint64(row.member));
        m_membership.bind(3, row.joinedAt);
        bindRef(m_membership, 4, row.leftAt);
        m_membership.bind(5, raw(row.role));
        if (!run(m_membership, "memberships"))
            return false;
    }
    m_memberships = {};
    return true;
}

bool DemoWriter::event(qint64 memberRef, const EventRow &e)
{
    m_event.bind(1, memberRef);
    m_event.bind(2, m_typeNames[size_t(e.type)]);
    m_event.bind(3, e.at);
    bindRef(m_event, 4, e.groupRef);
    bindRef(m_event, 5, e.contentRef);
    bindRef(m_event, 6, e.campaignRef);
    if (e.value > 0)
        m_event.bind(7, double(e.value));
    else
        m_event.bindNull(7);
    return run(m_event, "events");
}

bool DemoWriter::order(qint64 memberRef, qint64 number, const OrderRow &o)
{
    char id[32];
    std::snprintf(id, sizeof id, "SO%09lld", static_cast<long long>(number));
    m_order.bind(1, raw(id));
    m_order.bind(2, memberRef);
    m_order.bind(3, o.cents);
    m_order.bind(4, o.items);
    m_order.bind(5, o.at);
    m_order.bind(6, raw(o.channel));
    bindRef(m_order, 7, o.campaignRef);
    m_order.bind(8, o.refunded ? 1 : 0);
    return run(m_order, "orders");
}

} // namespace siyu::demo
