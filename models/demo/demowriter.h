// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/demo/demoactivity.h"
#include "models/store/statement.h"

#include <array>
#include <vector>

namespace siyu {
class Workspace;
}

namespace siyu::demo {

// The demo's prepared INSERT statements, one per table, bound straight from the plans. Each
// method returns false on failure; error() then says which table and why.
//
// Identities and memberships are kept in memory and written by flush() in the order of their
// UNIQUE keys, (kind, value) and (group, member, joined): SQLite cannot drop those indexes, and
// appending to a B-tree in key order is several times cheaper than inserting at random places.
class DemoWriter
{
public:
    explicit DemoWriter(Workspace &ws);

    Status prepared() const;
    const Error &error() const { return m_error; }

    bool staff(int ref, const QByteArray &name, qint64 createdAt);
    bool tag(int ref, const QByteArray &name);
    bool campaign(const CampaignPlan &c);
    bool cost(int campaignRef, const QByteArray &category, qint64 cents, qint64 at);
    bool group(const GroupPlan &g);
    bool content(const ContentPlan &c);
    bool member(qint64 ref, const Person &p, qint64 joinedAt, qint64 referrerRef);
    void identity(qint64 memberRef, const Identity &identity);
    bool memberTag(qint64 memberRef, int tagRef);
    void membership(int groupRef, qint64 memberRef, const MembershipPlan &m);
    bool flush();
    bool event(qint64 memberRef, const EventRow &e);
    bool order(qint64 memberRef, qint64 number, const OrderRow &o);

private:
    struct IdentityRow
    {
        qint32 member;
        quint32 offset; // of the value in m_identityValues
        quint16 length;
        quint8 kind; // index into m_kinds
    };
    struct MembershipRow
    {
        qint32 group;
        qint32 member;
        qint64 joinedAt;
        qint64 leftAt;
        const char *role;
    };

    bool run(Statement &statement, const char *table);
    bool flushIdentities();
    bool flushMemberships();

    Statement m_staff;
    Statement m_tag;
    Statement m_campaign;
    Statement m_cost;
    Statement m_group;
    Statement m_content;
    Statement m_member;
    Statement m_identity;
    Statement m_memberTag;
    Statement m_membership;
    Statement m_event;
    Statement m_order;
    std::array<QByteArray, int(EventType::Count)> m_typeNames;
    std::vector<const char *> m_kinds;
    std::vector<IdentityRow> m_identities;
    QByteArray m_identityValues;
    std::vector<MembershipRow> m_memberships;
    Error m_error;
};

} // namespace siyu::demo
