// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/demo/rng.h"

#include <QByteArray>
#include <QStringBuilder>

#include <vector>

namespace siyu::demo {

struct GroupPlan
{
    int ref = 0;
    QByteArray groupId;
    QByteArray name;
    QByteArray platform;
    QByteArray theme;
    int ownerStaff = 0; // index into the staff list
    qint64 createdAt = 0;
    int cap = 0;    // 0: the platform has no cap
    int target = 0; // members it will end up with
    bool international = false;
    bool hasAdmin = false;
    bool hasOwner = false;
};

struct MembershipPlan
{
    int groupIndex = 0;
    qint64 joinedAt = 0;
    qint64 leftAt = 0; // 0: still a member
    const char *role = "member";
};

// The demo's groups (about one per 100 members, at least 6) and the seats in them. WeChat
// groups stop at 500 and WeCom customer groups at 200 or 500; some groups are filled to near
// their cap, many stay small. Members take seats in proportion to what is left, near-cap groups
// first, so no group ever passes its cap.
class GroupPool
{
public:
    GroupPool(quint64 seed, qint64 memberCount, qint64 start, qint64 now, int staffCount);

    const std::vector<GroupPlan> &groups() const { return m_groups; }
    std::vector<GroupPlan> &groups() { return m_groups; }
    // Row ids of the WeChat and WeCom groups (for announcements and Q&A).
    std::vector<int> chatGroupRefs() const;
    // A group with a free seat on the member's side of the platforms, not among `taken`; -1
    // when none is found.
    int take(Rng &rng, bool international, const std::vector<MembershipPlan> &taken);

private:
    struct Fenwick
    {
        std::vector<qint64> tree;
        std::vector<int> groupOf;
        qint64 total = 0;
        void add(int position, qint64 delta);
        int find(qint64 value) const; // first position whose running total exceeds value
    };
    void plan(quint64 seed, qint64 start, qint64 now, int staffCount);
    qint64 priority(const GroupPlan &g) const;

    std::vector<GroupPlan> m_groups;
    std::vector<int> m_remaining;
    std::vector<int> m_position; // group index → position in its Fenwick tree
    Fenwick m_pools[2];          // 0: WeChat / WeCom, 1: international platforms
    qint64 m_memberCount;
};

} // namespace siyu::demo
