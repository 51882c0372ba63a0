// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/store/memberfilter.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace siyu {

class Workspace;

// What a member list shows of one member: the fields of one row, nothing more.
struct MemberListRow
{
    qint64 ref = 0;
    QString memberId;
    QString name;
    QString remark;
    QString gender; // M, F or U
    QString city;
    QString phone; // unmasked: the model masks
    QString email;
    QString source;
    QString staff;
    QString stage;
    qint64 joinedAt = 0;
    std::optional<qint64> lastActiveAt;
    int paidOrders = 0;
    qint64 paidCents = 0;
    QStringList tags; // sorted by name
    bool deleted = false;
};

namespace memberlist {

// The row ids of the members matching `filter`, in the order asked for, or the first of them.
struct MemberIds
{
    QVector<qint64> ids; // in order: all of them, or the first ones
    qint64 total = 0;    // how many match

    bool isComplete() const { return ids.size() >= total; }
};

struct IdsOptions
{
    // Read only this many ids (0: all) when the rest costs more than counting them. A list
    // shows its first page at once and reads the rest when the view scrolls there.
    qsizetype first = 0;
    // Up to this many matches of a filter, SQLite sorts them (a lookup each); beyond, the live
    // members are read in order from the sort index and kept when they match, which costs the
    // same for any number of matches.
    qint64 lookupLimit = 5000;
};

// Each condition of the filter is read from its own index into a bitmap of row ids, the
// bitmaps intersected, then the matches sorted as above; a million members cost some tens of
// milliseconds.
Result<MemberIds> ids(Workspace &ws, const MemberFilter &filter, MemberSortKey key,
                      Qt::SortOrder order, const IdsOptions &options = {});

Result<qint64> count(Workspace &ws, const MemberFilter &filter);

// The rows of these members, in the order of `refs` (members that no longer exist are left
// out). One statement for the whole window.
Result<QVector<MemberListRow>> rows(Workspace &ws, const QVector<qint64> &refs);

} // namespace memberlist
} // namespace siyu
