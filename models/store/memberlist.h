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

// The row ids of the members matching `filter`, in the order asked for. One statement over
// an index (two for the staff sort); a million ids take some tens of milliseconds.
Result<QVector<qint64>> ids(Workspace &ws, const MemberFilter &filter, MemberSortKey key,
                            Qt::SortOrder order);

Result<qint64> count(Workspace &ws, const MemberFilter &filter);

// The rows of these members, in the order of `refs` (members that no longer exist are left
// out). One statement for the whole window.
Result<QVector<MemberListRow>> rows(Workspace &ws, const QVector<qint64> &refs);

} // namespace memberlist
} // namespace siyu
