// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QAbstractTableModel>
#include <QList>

namespace siyu {

// The invalid rows an import (or a dry run) met, with where and why, for the import wizard.
class InvalidRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        RowColumn,
        SourceColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit InvalidRowsModel(QObject *parent = nullptr);

    void setRows(const QList<Error> &rows);
    const QList<Error> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Error> m_rows;
};

} // namespace siyu
