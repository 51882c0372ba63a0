// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/groupmembermodel.h"

#include "models/common/units.h"
#include "models/store/workspace.h"

namespace siyu {

GroupMemberModel::GroupMemberModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{}

QString GroupMemberModel::roleTitle(const QString &role)
{
    if (role == QLatin1String("owner"))
        return tr("Owner");
    if (role == QLatin1String("admin"))
        return tr("Admin");
    if (role == QLatin1String("member"))
        return tr("Member");
    return role;
}

QString GroupMemberModel::stageTitle(const QString &stage)
{
    if (stage == QLatin1String("awareness"))
        return tr("Awareness");
    if (stage == QLatin1String("interest"))
        return tr("Interest");
    if (stage == QLatin1String("purchase"))
        return tr("Purchase");
    if (stage == QLatin1String("loyalty"))
        return tr("Loyalty");
    if (stage == QLatin1String("churn"))
        return tr("Churn");
    return stage;
}

Status GroupMemberModel::setGroup(qint64 groupRef)
{
    m_groupRef = groupRef;
    return reload();
}

Status GroupMemberModel::reload()
{
    Result<int> count = 0;
    if (m_groupRef > 0)
        count = GroupRepository(m_workspace).currentMemberCount(m_groupRef);
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_count = count ? *count : 0;
    endResetModel();
    if (!count)
        return count.error();
    return {};
}

const GroupMemberRow *GroupMemberModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        ++m_pageLoads;
        auto rows = GroupRepository(m_workspace)
                        .currentMembers(m_groupRef, m_sortKey, m_order, page * pageSize, pageSize);
        if (!rows)
            return nullptr;
        if (m_recentPages.size() >= maxCachedPages)
            m_pages.remove(m_recentPages.takeFirst());
        found = m_pages.insert(page, std::move(*rows));
    } else {
        m_recentPages.removeOne(page);
    }
    m_recentPages.append(page);
    const size_t offset = size_t(row % pageSize);
    // The group may have lost members since it was counted.
    return offset < found->size() ? &(*found)[offset] : nullptr;
}

qint64 GroupMemberModel::memberRef(int row) const
{
    const GroupMemberRow *member = rowAt(row);
    return member ? member->memberRef : 0;
}

QString GroupMemberModel::displayName(int row) const
{
    const GroupMemberRow *member = rowAt(row);
    return member ? member->displayName : QString();
}

int GroupMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int GroupMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMemberModel::displayData(const GroupMemberRow &member, int column) const
{
    switch (column) {
    case NameColumn:
        return member.displayName;
    case RoleColumn:
        return roleTitle(member.role);
    case JoinedColumn:
        return units::dateOf(member.joinedAt, units::Display::in(m_workspace.timeZone()));
    case StageColumn:
        return stageTitle(member.stage);
    case LastActiveColumn:
        return member.lastActiveAt
                   ? units::dateOf(*member.lastActiveAt, units::Display::in(m_workspace.timeZone()))
                   : QStringLiteral("—");
    }
    return {};
}

QVariant GroupMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != MemberRefRole &&
        role != MemberIdRole)
        return {};
    const GroupMemberRow *member = rowAt(index.row());
    if (!member)
        return {};
    switch (role) {
    case MemberRefRole:
        return member->memberRef;
    case MemberIdRole:
        return member->memberId;
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? tr("Member id %1").arg(member->memberId) : QVariant();
    default:
        return displayData(*member, index.column());
    }
}

QVariant GroupMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case JoinedColumn:
        return tr("Joined");
    case StageColumn:
        return tr("Stage");
    case LastActiveColumn:
        return tr("Last active");
    }
    return {};
}

void GroupMemberModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortKey = GroupMemberSortKey(column);
    m_order = order;
    // Rows are fetched in the new order from now on; persistent indexes cannot follow members
    // that are not loaded, so this is a reset.
    if (const Status status = reload(); !status)
        emit errorOccurred(status.error().toString());
}

} // namespace siyu
