// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/savedsegmentmodel.h"

#include "models/common/units.h"
#include "models/store/workspace.h"

#include <QLocale>

namespace siyu {

SavedSegmentModel::SavedSegmentModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    reload();
}

Status SavedSegmentModel::reload()
{
    auto rows = SegmentRepository(m_workspace).summaries();
    beginResetModel();
    if (rows)
        m_rows = std::move(*rows);
    else
        m_rows.clear();
    endResetModel();
    if (!rows) {
        emit errorOccurred(rows.error().toString());
        return rows.error();
    }
    return {};
}

const SegmentSummary *SavedSegmentModel::summaryAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int SavedSegmentModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].segment.id == id)
            return int(i);
    }
    return -1;
}

qint64 SavedSegmentModel::idAt(int row) const
{
    const SegmentSummary *summary = summaryAt(row);
    return summary ? summary->segment.id : 0;
}

QString SavedSegmentModel::kindTitle(Segment::Kind kind)
{
    return kind == Segment::Kind::Static ? tr("Static") : tr("Dynamic");
}

int SavedSegmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SavedSegmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SavedSegmentModel::data(const QModelIndex &index, int role) const
{
    const SegmentSummary *summary = summaryAt(index.row());
    if (!index.isValid() || !summary)
        return {};
    const Segment &segment = summary->segment;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return segment.name;
        case KindColumn:
            return kindTitle(segment.kind);
        case SizeColumn:
            return summary->last ? QLocale().toString(summary->last->size) : QStringLiteral("—");
        case EvaluatedColumn:
            return summary->last ? units::dateOf(summary->last->at) : QStringLiteral("—");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EvaluatedColumn)
            return summary->last ? units::dateTime(summary->last->at) : tr("Not evaluated yet");
        return segment.description.isEmpty() ? QVariant() : QVariant(segment.description);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SegmentIdRole:
        return segment.id;
    case KindRole:
        return int(segment.kind);
    case RuleRole:
        return segment.rule;
    case SizeRole:
        return summary->last ? QVariant(summary->last->size) : QVariant();
    case EvaluatedAtRole:
        return summary->last ? QVariant(summary->last->at) : QVariant();
    default:
        return {};
    }
}

QVariant SavedSegmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Segment");
    case KindColumn:
        return tr("Kind");
    case SizeColumn:
        return tr("Members");
    case EvaluatedColumn:
        return tr("Last evaluated");
    }
    return {};
}

} // namespace siyu
