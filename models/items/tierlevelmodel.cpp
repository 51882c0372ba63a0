// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/tierlevelmodel.h"

#include "models/common/units.h"

namespace siyu {

using segmentstats::Measure;

TierLevelModel::TierLevelModel(QObject *parent) : QAbstractTableModel(parent) {}

void TierLevelModel::setSummary(std::shared_ptr<const segmentstats::TierSummary> summary)
{
    beginResetModel();
    m_summary = std::move(summary);
    endResetModel();
}

QString TierLevelModel::measureTitle(Measure measure)
{
    switch (measure) {
    case Measure::Spending:
        return tr("Spending power");
    case Measure::Frequency:
        return tr("Purchase frequency");
    case Measure::Loyalty:
        break;
    }
    return tr("Loyalty");
}

QString TierLevelModel::thresholdsText(Measure measure, const tiers::Thresholds &t)
{
    switch (measure) {
    case Measure::Spending:
        return tr("Paid amount in the window: high from %1, medium from %2")
            .arg(units::money(t.spendingHighCents), units::money(t.spendingMediumCents));
    case Measure::Frequency:
        return tr("Paid orders in the window: high from %1, medium from %2")
            .arg(t.frequencyHigh)
            .arg(t.frequencyMedium);
    case Measure::Loyalty:
        break;
    }
    return tr("Active 30-day periods of the last %1: high from %2, medium from %3")
        .arg(tiers::loyaltyPeriods)
        .arg(t.loyaltyHigh)
        .arg(t.loyaltyMedium);
}

tiers::Level TierLevelModel::levelOfColumn(int column)
{
    switch (column) {
    case HighColumn:
        return tiers::Level::High;
    case MediumColumn:
        return tiers::Level::Medium;
    default:
        return tiers::Level::Low;
    }
}

int TierLevelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_summary ? 0 : segmentstats::measureCount;
}

int TierLevelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierLevelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto measure = Measure(index.row());
    const int column = index.column();
    const bool isLevel = column >= HighColumn && column <= LowColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (column == MeasureColumn)
            return measureTitle(measure);
        if (column == ThresholdsColumn)
            return thresholdsText(measure, m_summary->thresholds);
        return units::count(m_summary->count(measure, levelOfColumn(column)));
    case Qt::ToolTipRole:
        return column == ThresholdsColumn ? thresholdsText(measure, m_summary->thresholds)
                                          : QVariant();
    case Qt::TextAlignmentRole:
        return isLevel ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case MeasureRole:
        return int(measure);
    case LevelRole:
        return isLevel ? QVariant(int(levelOfColumn(column))) : QVariant();
    case CountRole:
        return isLevel ? QVariant(m_summary->count(measure, levelOfColumn(column))) : QVariant();
    default:
        return {};
    }
}

QVariant TierLevelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MeasureColumn:
        return tr("Measure");
    case HighColumn:
    case MediumColumn:
    case LowColumn:
        return tiers::title(levelOfColumn(section));
    case ThresholdsColumn:
        return tr("Thresholds");
    default:
        return {};
    }
}

} // namespace siyu
