// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/segmentstats.h"

#include <QAbstractTableModel>

#include <memory>

namespace siyu {

// The eleven named RFM cells (rfm::cells(), best first) of one computed grid: members, their
// share of the scored members ("—" when nobody was scored), the monetary total and average.
class RfmCellModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CellColumn,
        MembersColumn,
        ShareColumn,
        MonetaryColumn,
        AverageColumn,
        ColumnCount
    };
    enum Role
    {
        CellRole = Qt::UserRole + 1, // int(rfm::Cell)
        CountRole,                   // qint64
    };

    explicit RfmCellModel(QObject *parent = nullptr);

    // nullptr empties the table.
    void setGrid(std::shared_ptr<const segmentstats::RfmGrid> grid);
    const segmentstats::RfmGrid *grid() const { return m_grid.get(); }
    rfm::Cell cellAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(rfm::Cell cell, int column) const;

    std::shared_ptr<const segmentstats::RfmGrid> m_grid;
};

} // namespace siyu
