// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importhistorymodel.h"

#include "models/common/units.h"
#include "models/store/workspace.h"

#include <QColor>
#include <QFileInfo>

#include <algorithm>

namespace siyu {

ImportHistoryModel::ImportHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

Status ImportHistoryModel::reload(Workspace *ws)
{
    beginResetModel();
    m_batches.clear();
    Status status;
    if (ws) {
        m_zone = ws->timeZone();
        auto batches = ImportHistory::batches(*ws);
        if (batches)
            m_batches = *batches;
        else
            status = batches.error();
    }
    std::sort(m_batches.begin(), m_batches.end(),
              [](const ImportBatch &a, const ImportBatch &b) { return a.id > b.id; });
    endResetModel();
    return status;
}

const ImportBatch *ImportHistoryModel::batch(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches.at(row) : nullptr;
}

int ImportHistoryModel::rowOfBatch(qint64 id) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == id)
            return row;
    }
    return -1;
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportBatch &b = m_batches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(b, index.column());
    case Qt::ToolTipRole:
        return index.column() == FilesColumn ? QVariant(b.files.join(QLatin1Char('\n')))
                                             : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= ReadColumn && index.column() <= RejectedColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ForegroundRole:
        return b.undoneAt ? QVariant(QColor(Qt::gray)) : QVariant();
    case BatchIdRole:
        return b.id;
    case UndoneRole:
        return b.undoneAt.has_value();
    default:
        return {};
    }
}

QVariant ImportHistoryModel::display(const ImportBatch &b, int column) const
{
    switch (column) {
    case BatchColumn:
        return b.id;
    case TimeColumn:
        return units::dateTime(b.startedAt, units::Display::in(m_zone));
    case FilesColumn: {
        QStringList names;
        for (const QString &file : b.files)
            names << QFileInfo(file).fileName();
        return names.join(QLatin1String(", "));
    }
    case PresetColumn:
        return b.preset;
    case ReadColumn:
        return b.read;
    case InsertedColumn:
        return b.inserted;
    case UpdatedColumn:
        return b.updated;
    case RejectedColumn:
        return b.rejected;
    case StateColumn:
        return b.undoneAt
                   ? tr("Undone %1").arg(units::dateTime(*b.undoneAt, units::Display::in(m_zone)))
                   : tr("Imported");
    default:
        return {};
    }
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TimeColumn)
        return tr("Times in %1").arg(units::zoneLabel(units::Display::in(m_zone)));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BatchColumn:
        return tr("Batch");
    case TimeColumn:
        return tr("Time");
    case FilesColumn:
        return tr("Files");
    case PresetColumn:
        return tr("Preset");
    case ReadColumn:
        return tr("Read");
    case InsertedColumn:
        return tr("Inserted");
    case UpdatedColumn:
        return tr("Updated");
    case RejectedColumn:
        return tr("Rejected");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace siyu
