// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/tiermatrixmodel.h"

#include "models/common/units.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace siyu {

namespace {

// From a pale to the charts' primary blue.
QColor shade(double fraction)
{
    const QColor pale(0xf1, 0xf5, 0xfd);
    const QColor full(0x2f, 0x6f, 0xeb);
    const auto mix = [fraction](int a, int b) {
        return int(a + (b - a) * fraction);
    };
    return QColor(mix(pale.red(), full.red()), mix(pale.green(), full.green()),
                  mix(pale.blue(), full.blue()));
}

} // namespace

TierMatrixModel::TierMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void TierMatrixModel::setSummary(std::shared_ptr<const segmentstats::TierSummary> summary)
{
    beginResetModel();
    m_summary = std::move(summary);
    endResetModel();
}

tiers::Level TierMatrixModel::levelAt(int section)
{
    return section == 0   ? tiers::Level::High
           : section == 1 ? tiers::Level::Medium
                          : tiers::Level::Low;
}

int TierMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_summary ? 0 : 3;
}

int TierMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

qint64 TierMatrixModel::countAt(int row, int column) const
{
    return m_summary->matrixCount(levelAt(row), levelAt(column));
}

qint64 TierMatrixModel::largest() const
{
    qint64 top = 0;
    for (const auto &row : m_summary->matrix)
        top = std::max(top, *std::max_element(row.begin(), row.end()));
    return top;
}

QVariant TierMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 n = countAt(index.row(), index.column());
    const qint64 top = largest();
    const double fraction = top > 0 ? double(n) / double(top) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        return units::count(n);
    case Qt::ToolTipRole: {
        const qint64 total = m_summary->total();
        const QString share =
            total > 0
                ? QLocale().toString(double(n) * 100.0 / double(total), 'f', 1) + QLatin1Char('%')
                : QStringLiteral("—");
        return tr("Spending power %1, purchase frequency %2: %3 members (%4 of all)")
            .arg(tiers::title(levelAt(index.row())).toLower(),
                 tiers::title(levelAt(index.column())).toLower(), units::count(n), share);
    }
    case Qt::BackgroundRole:
        return shade(fraction);
    case Qt::ForegroundRole:
        return fraction > 0.55 ? QColor(Qt::white) : QColor(0x2b, 0x33, 0x3d);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case SpendingRole:
        return int(levelAt(index.row()));
    case FrequencyRole:
        return int(levelAt(index.column()));
    case CountRole:
        return n;
    default:
        return {};
    }
}

QVariant TierMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section > 2)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString level = tiers::title(levelAt(section));
    return orientation == Qt::Vertical ? tr("Spending %1").arg(level.toLower())
                                       : tr("Frequency %1").arg(level.toLower());
}

} // namespace siyu
