// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/importpreset.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace siyu {

// The first rows of a file as the import wizard previews them: one column per source column,
// whose header names the column and the Siyu field it is mapped to.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setRows(const QStringList &header, const QList<QStringList> &rows);
    // The preset whose mapping the headers show.
    void setPreset(const ImportPreset &preset);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    ImportPreset m_preset;
    int m_columns = 0;
};

} // namespace siyu
