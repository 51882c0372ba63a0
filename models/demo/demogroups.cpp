// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demogroups.h"

#include "models/demo/demodata.h"

namespace siyu::demo {

namespace {

constexpr qint64 dayLength = 86400;
// The first groups are of fixed kinds so that even a small demo has every platform.
constexpr int firstKinds[] = {0, 2, 6, 3, 9, 5};

int capOf(Rng &rng, const QByteArray &platform)
{
    if (platform == "wechat")
        return 500;
    if (platform == "wecom")
        return rng.chance(0.6) ? 200 : 500;
    if (platform == "whatsapp")
        return 1024;
    return 0;
}

int targetOf(Rng &rng, int cap, bool nearCap)
{
    const double r = rng.real();
    if (nearCap || r < 0.18)
        return cap > 0 ? cap - rng.below(cap / 20 + 1) : 400 + rng.below(1100);
    if (r < 0.5) {
        const int size = cap > 0 ? cap : 600;
        return size / 4 + rng.below(size * 45 / 100);
    }
    return 12 + rng.below(69);
}

} // namespace

void GroupPool::Fenwick::add(int position, qint64 delta)
{
    total += delta;
    for (int i = position + 1; i <= int(tree.size()); i += i & -i)
        tree[size_t(i - 1)] += delta;
}

int GroupPool::Fenwick::find(qint64 value) const
{
    int position = 0;
    int step = 1;
    while (step * 2 <= int(tree.size()))
        step *= 2;
    for (; step > 0; step /= 2) {
        const int next = position + step;
        if (next <= int(tree.size()) && tree[size_t(next - 1)] <= value) {
            position = next;
            value -= tree[size_t(next - 1)];
        }
    }
    return position; // 0-based position of the element
}

GroupPool::GroupPool(quint64 seed, qint64 memberCount, qint64 start, qint64 now, int staffCount)
    : m_memberCount(memberCount)
{
    plan(seed, start, now, staffCount);
}

qint64 GroupPool::priority(const GroupPlan &g) const
{
    // Groups meant to be nearly full fill first.
    return g.cap > 0 && g.target * 10 >= g.cap * 9 ? 20 : 1;
}

void GroupPool::plan(quint64 seed, qint64 start, qint64 now, int staffCount)
{
    const auto &kinds = data::groupKinds();
    const data::Picker<data::GroupKind> picker(kinds);
    const data::Picker<data::WeightedText> chinaCities(data::chineseCities());
    const data::Picker<data::WeightedText> worldCities(data::internationalCities());
    std::vector<int> perKind(kinds.size(), 0);
    const int count = int(std::max<qint64>(6, m_memberCount / 100));
    for (int g = 0; g < count; ++g) {
        Rng rng(seed, 0x6, quint64(g));
        const int kindIndex =
            g < int(std::size(firstKinds)) ? firstKinds[g] : int(&picker.pick(rng) - kinds.data());
        const data::GroupKind &kind = kinds[size_t(kindIndex)];
        GroupPlan p;
        p.ref = g + 1;
        p.groupId = "G" + QByteArray::number(p.ref).rightJustified(5, '0');
        p.platform = kind.platform;
        p.international = !(p.platform == "wechat" || p.platform == "wecom");
        const QByteArray fill =
            kind.byCity ? QByteArray((p.international ? worldCities : chinaCities).pick(rng).text)
                        : QByteArray::number(++perKind[size_t(kindIndex)]);
        p.name = QByteArray(kind.namePattern).replace("%1", fill);
        p.theme = kind.theme;
        p.ownerStaff = p.international ? std::min(staffCount - 1, 5 + rng.below(3)) : rng.below(5);
        p.createdAt = rng.chance(0.45) ? start - rng.between(0, 400 * dayLength)
                                       : rng.between(start, now - 10 * dayLength);
        p.cap = capOf(rng, p.platform);
        p.target = targetOf(rng, p.cap, g == 1); // the first WeCom group is always nearly full
        m_groups.push_back(p);
    }
    m_remaining.resize(m_groups.size());
    m_position.resize(m_groups.size());
    for (size_t g = 0; g < m_groups.size(); ++g) {
        Fenwick &pool = m_pools[m_groups[g].international ? 1 : 0];
        m_position[g] = int(pool.groupOf.size());
        pool.groupOf.push_back(int(g));
    }
    for (Fenwick &pool : m_pools)
        pool.tree.assign(pool.groupOf.size(), 0);
    for (size_t g = 0; g < m_groups.size(); ++g) {
        m_remaining[g] = m_groups[g].target;
        m_pools[m_groups[g].international ? 1 : 0].add(m_position[g], qint64(m_remaining[g]) *
                                                                          priority(m_groups[g]));
    }
}

std::vector<int> GroupPool::chatGroupRefs() const
{
    std::vector<int> refs;
    for (const GroupPlan &g : m_groups) {
        if (!g.international)
            refs.push_back(g.ref);
    }
    return refs;
}

int GroupPool::take(Rng &rng, bool international, const std::vector<MembershipPlan> &taken)
{
    Fenwick &pool = m_pools[international ? 1 : 0];
    for (int attempt = 0; attempt < 4 && pool.total > 0; ++attempt) {
        const int position = pool.find(qint64(rng.below(quint64(pool.total))));
        const int g = pool.groupOf[size_t(position)];
        bool already = false;
        for (const MembershipPlan &m : taken)
            already = already || m.groupIndex == g;
        if (already)
            continue;
        --m_remaining[size_t(g)];
        pool.add(position, -priority(m_groups[size_t(g)]));
        return g;
    }
    return -1;
}

} // namespace siyu::demo
