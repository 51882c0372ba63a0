// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/segmentstats.h"

#include <QAbstractTableModel>

#include <memory>

namespace siyu {

// The spending × frequency matrix of the value tiers: spending power High, Medium, Low down,
// purchase frequency High, Medium, Low across, the members in each cell, each cell shaded by its
// count (the fullest darkest).
class TierMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SpendingRole = Qt::UserRole + 1, // int(tiers::Level)
        FrequencyRole,                   // int(tiers::Level)
        CountRole,                       // qint64
    };

    explicit TierMatrixModel(QObject *parent = nullptr);

    void setSummary(std::shared_ptr<const segmentstats::TierSummary> summary);
    const segmentstats::TierSummary *summary() const { return m_summary.get(); }
    // Row or column 0 is High, 1 Medium, 2 Low.
    static tiers::Level levelAt(int section);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    qint64 countAt(int row, int column) const;
    qint64 largest() const;

    std::shared_ptr<const segmentstats::TierSummary> m_summary;
};

} // namespace siyu
