// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/rfmcellmodel.h"

#include "models/common/units.h"

#include <QLocale>

namespace siyu {

namespace {

QString percent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QLatin1Char('%')
                 : QStringLiteral("—");
}

} // namespace

RfmCellModel::RfmCellModel(QObject *parent) : QAbstractTableModel(parent) {}

void RfmCellModel::setGrid(std::shared_ptr<const segmentstats::RfmGrid> grid)
{
    beginResetModel();
    m_grid = std::move(grid);
    endResetModel();
}

rfm::Cell RfmCellModel::cellAt(int row) const
{
    return rfm::cells().at(size_t(row));
}

int RfmCellModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_grid ? 0 : int(rfm::cells().size());
}

int RfmCellModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RfmCellModel::display(rfm::Cell cell, int column) const
{
    switch (column) {
    case CellColumn:
        return rfm::title(cell);
    case MembersColumn:
        return units::count(m_grid->count(cell));
    case ShareColumn:
        return percent(m_grid->share(cell));
    case MonetaryColumn:
        return units::money(m_grid->monetaryCents(cell));
    case AverageColumn: {
        const qint64 n = m_grid->count(cell);
        return n == 0 ? QStringLiteral("—") : units::money(m_grid->monetaryCents(cell) / n);
    }
    default:
        return {};
    }
}

QVariant RfmCellModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const rfm::Cell cell = cellAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(cell, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == CellColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case CellRole:
        return int(cell);
    case CountRole:
        return m_grid->count(cell);
    default:
        return {};
    }
}

QVariant RfmCellModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CellColumn:
        return tr("Cell");
    case MembersColumn:
        return tr("Members");
    case ShareColumn:
        return tr("Share of scored");
    case MonetaryColumn:
        return tr("Monetary total");
    case AverageColumn:
        return tr("Average per member");
    default:
        return {};
    }
}

} // namespace siyu
