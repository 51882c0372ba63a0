// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/grouprepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace siyu {

class Workspace;

// The current members of one group, with their role and the day they joined it. Rows are
// fetched a page at a time (one query per page, never per row) and only a few pages are kept,
// so a group of any size costs the same. Contact details are not part of this model.
class GroupMemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        JoinedColumn,
        StageColumn,
        LastActiveColumn,
        ColumnCount
    };

    enum Role
    {
        MemberRefRole = Qt::UserRole + 1, // qint64
        MemberIdRole,                     // the source's member_id
    };

    static constexpr int pageSize = 100;
    static constexpr int maxCachedPages = 8;

    explicit GroupMemberModel(Workspace &workspace, QObject *parent = nullptr);

    // 0 shows no group.
    Status setGroup(qint64 groupRef);
    qint64 groupRef() const { return m_groupRef; }
    Status reload();

    qint64 memberRef(int row) const;
    QString displayName(int row) const;
    // How many page queries have run since the model was made (tests check the windowing).
    int pageLoads() const { return m_pageLoads; }

    static QString roleTitle(const QString &role);
    static QString stageTitle(const QString &stage);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void errorOccurred(const QString &message);

private:
    const GroupMemberRow *rowAt(int row) const;
    QVariant displayData(const GroupMemberRow &member, int column) const;

    Workspace &m_workspace;
    qint64 m_groupRef = 0;
    int m_count = 0;
    GroupMemberSortKey m_sortKey = GroupMemberSortKey::Role;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    mutable QHash<int, std::vector<GroupMemberRow>> m_pages;
    mutable QList<int> m_recentPages; // most recently used last
    mutable int m_pageLoads = 0;
};

} // namespace siyu
