// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importpreviewmodel.h"

#include "models/import/importmappingmodel.h"

#include <QColor>

namespace siyu {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setRows(const QStringList &header, const QList<QStringList> &rows)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    m_columns = int(header.size());
    for (const QStringList &row : rows)
        m_columns = qMax(m_columns, int(row.size()));
    endResetModel();
}

void ImportPreviewModel::setPreset(const ImportPreset &preset)
{
    m_preset = preset;
    if (m_columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString name = m_header.value(index.column()).trimmed();
    const QString value = m_rows.at(index.row()).value(index.column());
    return name.isEmpty() ? value
                          : ImportMappingModel::shownValue(
                                ImportMappingModel::fieldsOf(m_preset, name), value);
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns)
        return {};
    const QString name = m_header.value(section).trimmed();
    const QString fields =
        name.isEmpty() ? QString() : ImportMappingModel::fieldsOf(m_preset, name);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n→ %2")
            .arg(name.isEmpty() ? tr("(no name)") : name,
                 fields.isEmpty() ? tr("not imported") : fields);
    case Qt::ToolTipRole:
        return fields.isEmpty() ? tr("%1 is not imported").arg(name)
                                : tr("%1 is imported as %2").arg(name, fields);
    case Qt::ForegroundRole:
        return fields.isEmpty() ? QVariant(QColor(Qt::gray)) : QVariant();
    default:
        return {};
    }
}

} // namespace siyu
