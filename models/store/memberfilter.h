// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace siyu {

// Which members a list shows. Every condition that is set narrows the list (AND). Shared by
// the members list, the KPI dashboard's drill-downs and the segments' previews.
struct MemberFilter
{
    QString search;                    // name, remark, member id, phone, email, identities
    QString tag;                       // has this tag (its name)
    QString source;                    // came from this source channel
    std::optional<qint64> staffRef;    // owned by this staff member
    QString stage;                     // in this lifecycle stage (awareness … churn)
    std::optional<qint64> groupRef;    // a current member (not left) of this group
    std::optional<qint64> joinedFrom;  // joined at or after (epoch seconds)
    std::optional<qint64> joinedTo;    // joined before (epoch seconds, exclusive)
    std::optional<QList<qint64>> refs; // exactly these members (row ids)
    QString caption;                   // what `refs` are, for the list's caption
    bool deleted = false;              // the soft-deleted members instead of the live ones

    // True when any condition beyond live/deleted is set.
    bool hasConditions() const;
    bool operator==(const MemberFilter &other) const;
    bool operator!=(const MemberFilter &other) const { return !(*this == other); }
};

// The columns a member list can be sorted by; each has an index over live members.
enum class MemberSortKey
{
    MemberId,
    Name,
    Remark,
    Gender,
    City,
    Source,
    Staff,
    Stage,
    Joined,
    LastActive,
    PaidOrders,
    PaidAmount
};

// A search shorter than this many characters cannot use the trigram index: it matches names
// and remarks (and an exact member id) by a scan instead.
inline constexpr int minTrigramSearch = 3;

// A WHERE condition over `members m` and the values bound to its placeholders, in order.
struct SqlCondition
{
    QString sql;
    QVariantList binds;
};

// A search that is a phone number finds it however it was written; `phoneRegion` (the
// workspace's) is the country of a number typed without its country code.
SqlCondition memberCondition(const MemberFilter &filter, const QString &phoneRegion);

// One statement per condition of a live-members filter, each yielding the ids of the members
// that meet it (through a covering index: no table lookups); the list intersects them. The
// search's ids may include deleted members.
QVector<SqlCondition> memberIdSources(const MemberFilter &filter, const QString &phoneRegion);

// The ORDER BY terms for a sort key (not for MemberSortKey::Staff, which sorts by a join).
QString memberSortSql(MemberSortKey key, Qt::SortOrder order);

// The lifecycle stages in their order, as stored.
const QStringList &lifecycleStages();

} // namespace siyu
