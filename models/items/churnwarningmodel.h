// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/churnwarninglist.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <memory>

namespace siyu {

// The churn warning list (churnWarnings()), in its order (the largest fall first): the member
// (name and id — never phone or e-mail), the reason in words, the fall and the last activity.
// SortRole gives each column a value to sort by (numbers for the fall and the last activity).
class ChurnWarningModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        MemberIdColumn,
        ReasonColumn,
        FallColumn,
        LastActiveColumn,
        ColumnCount
    };
    enum Role
    {
        MemberRefRole = Qt::UserRole + 1, // qint64
        SortRole,
    };

    explicit ChurnWarningModel(QObject *parent = nullptr);

    // Times in `zone` (the workspace's); nullptr empties the table.
    void setList(std::shared_ptr<const churnwarninglist::List> list, const QTimeZone &zone);
    const churnwarninglist::List *list() const { return m_list.get(); }
    QList<qint64> memberRefs() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ChurnWarning &w, int column) const;
    QVariant sortValue(const ChurnWarning &w, int column) const;

    std::shared_ptr<const churnwarninglist::List> m_list;
    QTimeZone m_zone;
};

} // namespace siyu
