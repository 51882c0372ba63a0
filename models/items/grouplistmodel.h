// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/grouprepository.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoStack>

#include <vector>

namespace siyu {

class Workspace;

// Every group of the workspace (or those matching a search and a platform) with its current
// members, cap and fill. One SQL statement loads the list — members counted in it — and sorting
// re-runs it. Edits go through SetGroupFieldCommand on the undo stack.
class GroupListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PlatformColumn,
        OwnerColumn,
        ThemeColumn,
        CreatedColumn,
        MembersColumn,
        CapColumn,
        FillColumn,
        StatusColumn,
        ColumnCount
    };

    enum Role
    {
        GroupRefRole = Qt::UserRole + 1, // qint64
        FillRole,                        // double (members / cap), invalid without a cap
        NearCapRole,                     // bool: fill >= nearCapThreshold
    };

    explicit GroupListModel(Workspace &workspace, QObject *parent = nullptr);
    ~GroupListModel() override;

    // Edits are pushed here; without a stack they are applied directly (and cannot be undone).
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    void setSearch(const QString &search);
    void setPlatform(const QString &platform);
    // The order the next reload() uses (sort() applies one at once).
    void setSortOrder(int column, Qt::SortOrder order);
    const GroupQuery &query() const { return m_query; }

    // Adds a group by hand (an undoable command): its row id, or 0 when it failed (with
    // errorOccurred).
    qint64 addGroup(const NewGroup &group);
    // Sets several fields of one group as one undoable step; unchanged fields are left out.
    bool editGroup(qint64 groupRef, const QList<std::pair<GroupField, QVariant>> &values);
    // Called by AddGroupCommand once the group exists.
    void noteAdded(qint64 groupRef) { m_lastAdded = groupRef; }

    // Re-runs the query (and reloads the staff and status choices).
    Status reload();
    // Re-reads one group after it changed; emits groupChanged.
    void reloadGroup(qint64 groupRef);

    const GroupSummary *group(int row) const;
    int rowOf(qint64 groupRef) const;
    const std::vector<StaffEntry> &staff() const { return m_staff; }
    const QStringList &statuses() const { return m_statuses; }
    Workspace &workspace() const { return m_workspace; }

    static QString platformTitle(const QString &platform);
    static QString statusTitle(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void errorOccurred(const QString &message);
    // A group's stored fields changed (an edit, its undo or redo).
    void groupChanged(qint64 groupRef);

private:
    QVariant displayData(const GroupSummary &group, int column) const;
    QVariant editData(const GroupSummary &group, int column) const;
    QVariant toolTip(const GroupSummary &group, int column) const;

    Workspace &m_workspace;
    QPointer<QUndoStack> m_undoStack;
    GroupQuery m_query;
    std::vector<GroupSummary> m_groups;
    std::vector<StaffEntry> m_staff;
    QStringList m_statuses;
    qint64 m_lastAdded = 0;
};

} // namespace siyu
