// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/invalidrowsmodel.h"

#include <QFileInfo>

namespace siyu {

InvalidRowsModel::InvalidRowsModel(QObject *parent) : QAbstractTableModel(parent) {}

void InvalidRowsModel::setRows(const QList<Error> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int InvalidRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvalidRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvalidRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Error &error = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return error.message;
    if (role == Qt::ToolTipRole && index.column() == FileColumn)
        return error.file;
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FileColumn:
        return QFileInfo(error.file).fileName();
    case RowColumn:
        return error.row > 0 ? QVariant(error.row) : QVariant();
    case SourceColumn:
        return error.column;
    case ReasonColumn:
        return error.message;
    default:
        return {};
    }
}

QVariant InvalidRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case RowColumn:
        return tr("Row");
    case SourceColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace siyu
