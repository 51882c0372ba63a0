// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/store/memberfilter.h"
#include "models/store/memberlist.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <optional>

namespace siyu {

class Workspace;

// The members matching a filter, sorted by SQL. It holds the sorted row ids of every match
// (8 bytes a member) and fetches the fields of the rows the view shows, a window at a time, in
// one statement per window: a million members cost one index scan, not a million rows.
// Phone and email are masked unless setUnmasked(true), which callers only allow after the user
// asked and the audit log recorded it.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MemberIdColumn,
        NameColumn,
        RemarkColumn,
        GenderColumn,
        CityColumn,
        PhoneColumn,
        EmailColumn,
        SourceColumn,
        StaffColumn,
        StageColumn,
        JoinedColumn,
        TagsColumn,
        LastActiveColumn,
        PaidOrdersColumn,
        PaidAmountColumn,
        ColumnCount
    };

    enum Role
    {
        MemberRefRole = Qt::UserRole + 1, // qint64 row id
        MemberIdRole,                     // the source's key
        NameRole,                         // display name (unmasked: names are not masked)
        StageRole,                        // lifecycle stage code
        TagsRole,                         // QStringList
        JoinedAtRole,                     // epoch seconds
        LastActiveAtRole,                 // epoch seconds, or invalid
        PaidCentsRole,                    // qint64
        DeletedRole                       // bool
    };

    // Ids a reload reads before the view scrolls further: a few screens.
    static constexpr qsizetype firstIds = 1024;

    explicit MemberTableModel(Workspace &workspace, QObject *parent = nullptr);
    ~MemberTableModel() override;

    void setFilter(const MemberFilter &filter);
    const MemberFilter &filter() const { return m_filter; }
    void setUnmasked(bool unmasked);
    bool isUnmasked() const { return m_unmasked; }

    // Re-runs the query (an import or a delete changed which members match).
    Status reload();
    // Re-reads these members' rows where they are (an edit changed their fields).
    void refreshMembers(const QList<qint64> &refs);

    qint64 memberRef(int row) const;
    // -1 when the member is not in the list, or further down than the view has gone.
    int rowOf(qint64 ref) const;
    // How many ids a reload reads at once, and when filters sort by lookups (tests lower them).
    void setTuning(const memberlist::IdsOptions &tuning);
    const QString &lastError() const { return m_lastError; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    static std::optional<MemberSortKey> sortKeyOf(int column);
    static bool isSortable(int column) { return sortKeyOf(column).has_value(); }
    static bool isNumeric(int column);
    static QString columnTitle(int column);
    static QString stageTitle(const QString &stage);
    static QString genderTitle(const QString &gender);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void errorOccurred(const QString &message);

private:
    const MemberListRow *rowAt(int row) const;
    void ensureIds(int row) const;
    void loadWindow(int row) const;
    QVariant displayData(const MemberListRow &row, int column) const;
    QVariant roleData(const MemberListRow &row, int role) const;
    void fail(const QString &message) const;

    Workspace &m_workspace;
    MemberFilter m_filter;
    int m_sortColumn = JoinedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_unmasked = false;
    memberlist::IdsOptions m_tuning{firstIds, 5000};
    mutable QVector<qint64> m_ids; // in order: the first m_total, or the first of them
    int m_total = 0;
    mutable QHash<qint64, MemberListRow> m_rows; // the windows fetched so far, by row id
    mutable QString m_lastError;
};

} // namespace siyu
