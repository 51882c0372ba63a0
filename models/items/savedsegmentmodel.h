// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/segmentrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace siyu {

class Workspace;

// The saved segments by name: kind, size at the latest evaluation and when that was.
class SavedSegmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        SizeColumn,
        EvaluatedColumn,
        ColumnCount
    };

    enum Role
    {
        SegmentIdRole = Qt::UserRole + 1, // qint64
        KindRole,                         // int(Segment::Kind)
        RuleRole,                         // QString: the rule's JSON
        SizeRole,                         // qint64, or invalid when never evaluated
        EvaluatedAtRole,                  // epoch seconds, or invalid
    };

    explicit SavedSegmentModel(Workspace &workspace, QObject *parent = nullptr);

    Status reload();
    const SegmentSummary *summaryAt(int row) const;
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

    static QString kindTitle(Segment::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    Workspace &m_workspace;
    std::vector<SegmentSummary> m_rows;
};

} // namespace siyu
