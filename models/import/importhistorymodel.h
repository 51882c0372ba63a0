// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/import/importhistory.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace siyu {

class Workspace;

// The import batches of a workspace, newest first, for the import history dialog.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BatchColumn,
        TimeColumn,
        FilesColumn,
        PresetColumn,
        ReadColumn,
        InsertedColumn,
        UpdatedColumn,
        RejectedColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        BatchIdRole = Qt::UserRole + 1,
        UndoneRole // bool: the batch was taken back
    };

    explicit ImportHistoryModel(QObject *parent = nullptr);

    // Reads the batches again; an error leaves the model empty.
    Status reload(Workspace *ws);
    const ImportBatch *batch(int row) const;
    int rowOfBatch(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ImportBatch &batch, int column) const;

    QList<ImportBatch> m_batches;
    QTimeZone m_zone;
};

} // namespace siyu
