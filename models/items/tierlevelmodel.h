// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/segmentstats.h"

#include <QAbstractTableModel>

#include <memory>

namespace siyu {

// The three value-tier measures (spending power, purchase frequency, loyalty) down, their
// levels High, Medium, Low across with the members at each, and the thresholds in words.
class TierLevelModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MeasureColumn,
        HighColumn,
        MediumColumn,
        LowColumn,
        ThresholdsColumn,
        ColumnCount
    };
    enum Role
    {
        MeasureRole = Qt::UserRole + 1, // int(segmentstats::Measure)
        LevelRole,                      // int(tiers::Level), on the level columns
        CountRole,                      // qint64
    };

    explicit TierLevelModel(QObject *parent = nullptr);

    void setSummary(std::shared_ptr<const segmentstats::TierSummary> summary);
    const segmentstats::TierSummary *summary() const { return m_summary.get(); }

    static QString measureTitle(segmentstats::Measure measure);
    // "High from ¥2,000.00, medium from ¥500.00" in the UI language.
    static QString thresholdsText(segmentstats::Measure measure, const tiers::Thresholds &t);
    // The level of a level column; Low for the others.
    static tiers::Level levelOfColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const segmentstats::TierSummary> m_summary;
};

} // namespace siyu
